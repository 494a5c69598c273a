import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { manifest } from './src/lib/pwa/manifest';
import { homeChunk } from './scripts/home-chunk';

// The version the app shows and the update test changes: APP_VERSION from the environment, else package.json's.
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
	version: string;
};
const appVersion = process.env.APP_VERSION ?? pkg.version;
// The built-in deck's id, title and source, so the app knows its deck without fetching the whole bank.
const builtinDeck = (
	JSON.parse(readFileSync(new URL('./questions/bank.json', import.meta.url), 'utf8')) as { deck: unknown }
).deck;

export default defineConfig({
	plugins: [
		sveltekit(),
		homeChunk(),
		SvelteKitPWA({
			// 'prompt': a new service worker waits until the learner taps "Cập nhật"; never a silent swap mid-quiz.
			registerType: 'prompt',
			// src/lib/state/pwa.svelte.ts registers the worker with the browser's own API (not virtual:pwa-register).
			injectRegister: false,
			manifest,
			// The icons are found by the glob below like every other client file; no second copy in the manifest.
			includeManifestIcons: false,
			kit: {
				// Must match `trailingSlash` in src/routes/+layout.ts: pages are precached as `/quiz`, not `/quiz/`.
				trailingSlash: 'never'
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest}',
					// The question bank is a hashed JSON asset (`bank.json?url`).
					'client/_app/immutable/**/*.json',
					// Every prerendered page (`quiz.html` precached as `/quiz`) and its `__data.json`.
					'prerendered/**/*.{html,json}'
				],
				// Store screenshots are for the install sheet only; the app never shows them.
				globIgnores: ['server/**', 'client/screenshots/**'],
				// Pages are static and read their query on the client (/quiz?attempt=...), so a query must never
				// make a page miss the precache: offline it would fall back to the home page's HTML, which
				// hydrates as home. Hashed assets do not care about queries either.
				ignoreURLParametersMatching: [/.*/],
				// Any other URL that is not a precached page opens the home page.
				navigateFallback: '/',
				cleanupOutdatedCaches: true,
				// The first service worker takes control at once (there is nothing older to disturb);
				// later ones still wait for the learner's click, because skipWaiting stays manual.
				clientsClaim: true
			},
			devOptions: { enabled: false }
		})
	],
	define: {
		__APP_VERSION__: JSON.stringify(appVersion),
		__BUILTIN_DECK__: JSON.stringify(builtinDeck)
	},
	build: {
		// Never inline JSON as a data: URL: the bank must be a real file (precached, and fetchable under
		// CSP connect-src 'self', which refuses data: URLs).
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
		// Terser packs the JS a few percent smaller than esbuild's minifier; the home route has a 50 KB gzip
		// budget (tests/e2e/budget.test.ts).
		minify: 'terser',
		// Vite's JS preloading helper for dynamic imports (~0.6 KB gzip on home) is not worth its bytes here:
		// lazy chunks are few, small and precached by the service worker. CSS of lazy chunks still loads
		// (checked in tests/e2e/lazy-css.test.ts).
		modulePreload: false,
		terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } }
	},
	// The import worker (src/lib/import/extract.worker.ts) is an ES module, like the app.
	worker: { format: 'es' },
	server: { fs: { allow: ['questions'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		setupFiles: ['tests/unit/setup.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
