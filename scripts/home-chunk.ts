import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Plugin } from 'vite';

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
					if (!home) {
						home = new Set();
						const queue = [...getModuleIds()].filter((m) => seeds.some((s) => s.test(m)));
						while (queue.length) {
							const m = queue.pop()!;
							if (home.has(m)) continue;
							home.add(m);
							queue.push(...(getModuleInfo(m)?.importedIds ?? []));
						}
					}
					// Entries keep their own file (SvelteKit loads them by name); their imports join the chunk.
					return home.has(id) && !getModuleInfo(id)?.isEntry ? 'home' : null;
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
