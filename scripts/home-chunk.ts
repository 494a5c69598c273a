import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What `getModuleInfo` tells about a module, as far as the home chunk needs it. */
interface ModuleFacts {
	code: string | null;
	importedIds: readonly string[];
}

/**
 * Runtime modules that home's runtime code imports but never calls (attributes.js imports the class, style and
 * <select> helpers; Rollup drops them from a home-only build): they go with the routes that use them. If home
 * starts to use one (a `class:` directive, a `style:` or a <select>), it loads a second chunk, and
 * tests/e2e/budget.test.ts ("one chunk") fails: then remove the module from this list.
 */
const HOME_NEVER_CALLS = [
	/\/svelte\/src\/internal\/client\/dom\/elements\/(class|style|bindings\/select)\.js$/,
	/\/svelte\/src\/internal\/shared\/attributes\.js$/,
	/\/clsx\/dist\/clsx\.mjs$/
];

// Svelte's compiled components import the whole client runtime through one barrel (`import * as $`).
const RUNTIME_BARREL = /\/svelte\/src\/internal\/client\/index\.js$/;
// How importers name it: compiled components by package name, Svelte's own modules by relative path.
const RUNTIME_SPECIFIER = `['"](?:svelte/internal/client|[^'"]*/internal/client/index\\.js)['"]`;

/**
 * The runtime modules that provide what `importers` use of the barrel: `$.each(...)` in compiled components,
 * or named imports. Null when an importer uses it in a way this cannot read (then home keeps the whole barrel).
 */
export function runtimeModulesUsed(
	barrel: string,
	barrelCode: string,
	importers: readonly (string | null)[]
): Set<string> | null {
	const source = new Map<string, string>();
	for (const [, names = '', from = ''] of barrelCode.matchAll(
		/export\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g
	)) {
		for (const name of names.split(',')) {
			const exported = name
				.trim()
				.split(/\s+as\s+/)
				.pop();
			if (exported) source.set(exported, resolve(dirname(barrel), from));
		}
	}
	const used = new Set<string>();
	for (const code of importers) {
		if (code === null) return null;
		const star = new RegExp(`import\\s*\\*\\s*as\\s*([\\w$]+)\\s*from\\s*${RUNTIME_SPECIFIER}`).exec(
			code
		)?.[1];
		const named = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*${RUNTIME_SPECIFIER}`).exec(code)?.[1];
		if (star === undefined && named === undefined) return null;
		const names = (named ?? '').split(',').map((n) => n.trim().split(/\s+as\s+/)[0] ?? '');
		if (star !== undefined) {
			const uses = code.matchAll(new RegExp(`(?<![\\w$])${star.replace(/\$/g, '\\$')}\\.([\\w$]+)`, 'g'));
			for (const [, name = ''] of uses) names.push(name);
		}
		for (const name of names.filter(Boolean)) {
			const from = source.get(name);
			if (from === undefined) return null;
			used.add(from);
		}
	}
	return used;
}

/**
 * Every module the home screen reaches by static imports from `seeds`, except that Svelte's runtime barrel
 * contributes only the runtime modules home's code uses (the barrel re-exports every feature, so following
 * all its imports would put bindings, transitions and blocks that only other routes use into home's file).
 */
export function homeModules(seeds: readonly string[], info: (id: string) => ModuleFacts | null): Set<string> {
	const home = new Set<string>();
	const queue = [...seeds];
	const barrelImporters = new Map<string, string[]>();
	const walk = () => {
		while (queue.length) {
			const m = queue.pop()!;
			if (home.has(m)) continue;
			home.add(m);
			if (RUNTIME_BARREL.test(m)) continue;
			for (const dep of info(m)?.importedIds ?? []) {
				if (RUNTIME_BARREL.test(dep)) barrelImporters.set(dep, [...(barrelImporters.get(dep) ?? []), m]);
				queue.push(dep);
			}
		}
	};
	walk();
	// Runtime modules import each other directly, so one more walk from what home uses reaches the rest;
	// new importers of the barrel found on the way are read too, until nothing changes.
	for (let seen = -1; seen !== home.size;) {
		seen = home.size;
		for (const [barrel, importers] of barrelImporters) {
			const used = runtimeModulesUsed(
				barrel,
				info(barrel)?.code ?? '',
				importers.map((m) => info(m)?.code ?? null)
			);
			queue.push(...(used ?? info(barrel)?.importedIds ?? []));
		}
		walk();
	}
	return home;
}

/** Where the client build lists the modules of the home chunk, for the budget test's allowlist. */
export const HOME_MODULES_FILE = '.svelte-kit/home-modules.json';

/**
 * Puts every module the home screen loads statically into one chunk (client build only).
 *
 * Rollup splits shared code by which entries use it, so the home screen used to load about 24 files; small
 * files compress badly one by one (each gzip starts with an empty dictionary and repeats the same runtime
 * identifiers and import lists). One file is about 6 KB gzip smaller on home and saves round trips on a
 * slow network. Only static imports are followed: what a route or a lazy module imports on demand stays
 * in its own chunk, so home never loads a line more than before.
 */
export function homeChunk(): Plugin {
	// The modules the first visit always runs: SvelteKit's client entry and app, the root layout, home.
	const seeds = [
		/\/@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/,
		/\/generated\/client-optimized\/app\.js$/,
		/\/src\/routes\/\+layout\.(svelte|ts)$/,
		/\/src\/routes\/\+page\.svelte$/
	];
	return {
		name: 'on-bai:home-chunk',
		apply: 'build',
		outputOptions(output) {
			if (this.environment.config.consumer !== 'client') return null;
			let home: Set<string> | null = null;
			return {
				...output,
				manualChunks(id, { getModuleIds, getModuleInfo }) {
					home ??= homeModules(
						[...getModuleIds()].filter((m) => seeds.some((s) => s.test(m))),
						getModuleInfo
					);
					// Entries keep their own file (SvelteKit loads them by name); their imports join the chunk.
					// Runtime modules left out of home get a chunk of their own: a manual chunk would otherwise
					// take in every dependency of its modules that no other manual chunk claims.
					if (HOME_NEVER_CALLS.some((re) => re.test(id))) return 'svelte-extra';
					if (home.has(id)) return getModuleInfo(id)?.isEntry ? null : 'home';
					return /\/node_modules\/svelte\/src\/internal\//.test(id) ? 'svelte-extra' : null;
				}
			};
		},
		generateBundle(_options, bundle) {
			if (this.environment.config.consumer !== 'client') return;
			const root = this.environment.config.root;
			const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'home');
			const ids = chunk?.type === 'chunk' ? chunk.moduleIds : [];
			const file = `${root}/${HOME_MODULES_FILE}`;
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(
				file,
				JSON.stringify(ids.map((id) => relative(root, id.replace(/\?.*$/, ''))).sort(), null, 1)
			);
		}
	};
}
