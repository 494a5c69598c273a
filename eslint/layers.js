// The layering the README describes, as a lint rule: each layer lists what it may import. An import is
// resolved to a path in the tree ("./x", "$lib/x") or a package name, then checked against its file's layer.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const lib = path.join(root, 'src/lib');

/** Packages the pure domain may use: they run in a browser, a worker and Node alike. */
const domainPackages = new Set(['ts-fsrs']);

/**
 * @param {string} file absolute path of the importing file
 * @param {string} spec the import specifier
 * @returns {{ kind: 'file', path: string } | { kind: 'package', name: string }}
 */
function resolve(file, spec) {
	if (spec.startsWith('.')) return { kind: 'file', path: path.resolve(path.dirname(file), spec) };
	if (spec === '$lib' || spec.startsWith('$lib/'))
		return { kind: 'file', path: path.join(lib, spec.slice(5)) };
	const parts = spec.split('/');
	const name = spec.startsWith('@') || spec.startsWith('$') ? parts.slice(0, 2).join('/') : parts[0];
	return { kind: 'package', name: name.replace(/^node:/, 'node:') };
}

const within = (p, dir) => p === dir || p.startsWith(dir + path.sep);
const layer = (p) => {
	const rel = path.relative(lib, p);
	return rel.startsWith('..') ? null : rel.split(path.sep)[0];
};

/**
 * @param {string} file
 * @param {string} spec
 * @returns {string | null} why the import breaks the layering, or null
 */
export function layerViolation(file, spec) {
	const from = layer(file);
	const target = resolve(file, spec);
	if (target.kind === 'package' && target.name === 'idb' && from !== 'storage')
		return 'only src/lib/storage imports idb';
	if (from === 'domain') {
		if (target.kind === 'package')
			return domainPackages.has(target.name)
				? null
				: `src/lib/domain imports no framework or package (${target.name}); pass what it needs in`;
		if (!within(target.path, path.join(lib, 'domain')))
			return `src/lib/domain imports nothing outside itself (${path.relative(root, target.path)})`;
	}
	if (target.kind === 'file') {
		const to = layer(target.path);
		if (from === 'components' && to === 'storage')
			return 'components get data as props and do not import storage';
		if (from === 'storage' && (to === 'state' || to === 'components' || to === 'i18n'))
			return `storage imports domain only, not ${to}`;
		if (from !== null && within(target.path, path.join(root, 'src/routes')))
			return 'src/lib never imports a route';
	}
	return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
	meta: {
		type: 'problem',
		docs: { description: 'Keeps the layers of src/lib apart (see README, Project layout)' },
		schema: []
	},
	create(context) {
		const file = context.filename;
		/** @param {any} node */
		const check = (node) => {
			const source = node.source;
			if (!source || typeof source.value !== 'string') return;
			const problem = layerViolation(file, source.value);
			if (problem) context.report({ node: source, message: problem });
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};

export default { rules: { layers: rule } };
