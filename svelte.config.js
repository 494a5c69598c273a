import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every route is prerendered; the static build can be served by any static host or CDN.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true })
	}
};

export default config;
