import { describe, expect, it } from 'vitest';
import { homeModules, runtimeModulesUsed } from '../../../scripts/home-chunk';

// A tiny module graph shaped like Svelte's: a barrel re-exporting every feature, features importing each other.
const R = '/nm/svelte/src/internal/client';
const graph: Record<string, { code: string; importedIds: string[] }> = {
	'/app/home.svelte': {
		code: "import * as $ from 'svelte/internal/client';\n$.each(a); $.if(b); $$.html(c);",
		importedIds: [`${R}/index.js`, '/app/strings.ts']
	},
	'/app/strings.ts': { code: 'export const s = 1;', importedIds: [] },
	[`${R}/index.js`]: {
		code: [
			"export { index, each } from './dom/blocks/each.js';",
			"export { if_block as if } from './dom/blocks/if.js';",
			"export { html } from './dom/blocks/html.js';",
			"export { bind_value } from './dom/elements/bindings/input.js';"
		].join('\n'),
		importedIds: [
			`${R}/dom/blocks/each.js`,
			`${R}/dom/blocks/if.js`,
			`${R}/dom/blocks/html.js`,
			`${R}/dom/elements/bindings/input.js`
		]
	},
	[`${R}/dom/blocks/each.js`]: { code: '', importedIds: [`${R}/runtime.js`] },
	[`${R}/dom/blocks/if.js`]: { code: '', importedIds: [`${R}/runtime.js`] },
	[`${R}/dom/blocks/html.js`]: { code: '', importedIds: [] },
	[`${R}/dom/elements/bindings/input.js`]: { code: '', importedIds: [`${R}/runtime.js`] },
	[`${R}/runtime.js`]: { code: '', importedIds: [] }
};
const info = (id: string) => graph[id] ?? null;

describe('home chunk', () => {
	it('takes from the runtime barrel only the modules home code calls, and what they import', () => {
		const home = homeModules(['/app/home.svelte'], info);
		expect([...home].sort()).toEqual(
			[
				'/app/home.svelte',
				'/app/strings.ts',
				`${R}/index.js`,
				`${R}/dom/blocks/each.js`,
				`${R}/dom/blocks/if.js`,
				`${R}/runtime.js`
			].sort()
		);
		// `$$.html` is another namespace: html.js stays out, like the <input> binding nobody on home uses.
		expect(home.has(`${R}/dom/blocks/html.js`)).toBe(false);
		expect(home.has(`${R}/dom/elements/bindings/input.js`)).toBe(false);
	});

	it('reads named imports, by package name or by relative path', () => {
		const barrel = graph[`${R}/index.js`]!;
		const used = runtimeModulesUsed(`${R}/index.js`, barrel.code, [
			"import { html, bind_value as b } from './internal/client/index.js';"
		]);
		expect([...(used ?? [])].sort()).toEqual(
			[`${R}/dom/blocks/html.js`, `${R}/dom/elements/bindings/input.js`].sort()
		);
	});

	it('keeps the whole barrel when it cannot tell what an importer uses', () => {
		const barrel = graph[`${R}/index.js`]!;
		expect(runtimeModulesUsed(`${R}/index.js`, barrel.code, [null])).toBeNull();
		// A name the barrel does not export (a newer Svelte?) is not guessed at either.
		expect(
			runtimeModulesUsed(`${R}/index.js`, barrel.code, ["import * as $ from 'svelte/internal/client'; $.nope()"])
		).toBeNull();
		const all = homeModules(['/x.js'], (id) =>
			id === '/x.js' ? { code: 'export * from "svelte/internal/client"', importedIds: [`${R}/index.js`] } : info(id)
		);
		expect(all.has(`${R}/dom/elements/bindings/input.js`)).toBe(true);
	});
});
