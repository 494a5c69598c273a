/// <reference types="vite-plugin-pwa/vanillajs" />
/// <reference types="vite-plugin-pwa/info" />

/** The app's version, set at build time from APP_VERSION or package.json (see vite.config.ts). */
declare const __APP_VERSION__: string;

/** The built-in deck's id, title and source, from questions/bank.json at build time (see vite.config.ts). */
declare const __BUILTIN_DECK__: import('$lib/domain/types').DeckInfo;
