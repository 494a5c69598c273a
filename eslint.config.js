import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import layers from './eslint/layers.js';
import svelteConfig from './svelte.config.js';

// The browser globals the pure domain must not touch: it runs in Node, a worker and tests alike.
const domGlobals = [
	'window',
	'document',
	'localStorage',
	'sessionStorage',
	'indexedDB',
	'navigator',
	'location'
];

export default ts.config(
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/out/']
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		plugins: { local: layers },
		rules: {
			// TypeScript checks undefined names (svelte-check runs in the gate); this rule misfires on types.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'local/layers': 'error',
			// The app is served from the domain root (paths.base is ''), so resolve() would add code to every
			// link of the home screen and change nothing.
			'svelte/no-navigation-without-resolve': 'off',
			// State classes replace large maps whole ($state.raw) and read the clock at the edge; the rule flags
			// every `new Map`/`new Date` in a reactive file, mutated or not.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-globals': [
				'error',
				...domGlobals.map((name) => ({ name, message: 'src/lib/domain is pure: pass what it needs in' }))
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
