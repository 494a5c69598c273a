import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * CSP hashes of the inline scripts written by hand in src/app.html (the theme-before-paint snippet).
 * SvelteKit hashes only the scripts it generates itself; these are hashed here from the file, so editing
 * the snippet can never silently break it under the policy.
 * @returns {`sha256-${string}`[]}
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		/** @returns {`sha256-${string}`} */
		([, body]) =>
			`sha256-${createHash('sha256')
				.update(body ?? '', 'utf8')
				.digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered; the static build can be served by any static host or CDN.
		adapter: adapter({
			pages: 'build',
			assets: 'build',
			fallback: undefined,
			precompress: false,
			strict: true
		}),
		// Inline the (small) CSS into each prerendered page: no render-blocking stylesheet request before
		// the first paint on a slow phone connection. Allowed by style-src 'unsafe-inline' below.
		inlineStyleThreshold: 20_000,
		// Prerendered pages carry the policy as a <meta http-equiv> tag; SvelteKit adds the hash of its own
		// inline bootstrap script to script-src, so no 'unsafe-inline' is needed for scripts. Styles do need
		// it: SvelteKit writes inline style attributes (the body wrapper in app.html, the route announcer),
		// which only 'unsafe-hashes' could allow, and that is not portable. frame-ancestors is not allowed in
		// a <meta> policy; a host that wants it sends it as a header (see the README).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
