import type { KnipConfig } from 'knip';

// Two runs in `npm run lint`. The full run (tests included) reports what nothing uses, and an export that only
// its own file uses (drop the `export`). The production run (`--production`: only the `!` patterns, no tests)
// reports an export that only tests reach. There a helper its own module calls counts as used, so a test of a
// real unit (heatmap inside computeStats) is fine; a test-only helper left in src is not (tag it `@internal`
// only when it is a unit worth testing on its own).
const production = process.argv.includes('--production');

const config: KnipConfig = {
	entry: [
		'src/routes/**/+*.{svelte,ts}!',
		// Read by vite.config.ts, which production mode does not follow.
		'src/lib/pwa/manifest.ts!',
		// Tools, not tests: what only they use is still used.
		'bench/*.ts!',
		'scripts/*.ts!',
		'questions/*.ts!',
		'tests/**/*.test.ts',
		'eslint/*.js'
	],
	project: [
		'src/**/*.{ts,svelte}!',
		'questions/**/*.ts!',
		'bench/**/*.ts!',
		'scripts/**/*.ts!',
		'tests/**/*.ts'
	],
	ignoreExportsUsedInFile: production
};

export default config;
