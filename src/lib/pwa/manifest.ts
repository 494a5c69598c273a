/**
 * The web app manifest, as data. vite.config.ts hands it to the PWA plugin, which writes
 * build/manifest.webmanifest; the unit tests check this very object and the icon files it names,
 * so the test and the build can never disagree. Plain TypeScript with no imports: the Vite config
 * bundles it before any alias exists.
 */

/** Colours shared with the icons (scripts/draw-icons.ts) and the theme-color tags in src/app.html. */
export const BRAND = {
	/** The icon tile: the app's accent green (app.css --accent), as in the top bar's logo. */
	tile: '#0f5c4d',
	/** The card behind. */
	backCard: '#8fd3c0',
	/** The front card, gold, with the tick in the tile colour. */
	frontCard: '#f4c542',
	/** Status bar and splash colours: the app's own page background (app.css --bg), light and dark. */
	themeLight: '#f5f6f8',
	themeDark: '#0e1116'
} as const;

interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: 'any' | 'maskable' | 'monochrome';
}

interface ManifestScreenshot {
	src: string;
	sizes: string;
	type: string;
	form_factor: 'narrow' | 'wide';
	label: string;
}

interface ManifestShortcut {
	name: string;
	short_name: string;
	description: string;
	url: string;
	icons: ManifestIcon[];
}

export interface AppManifest {
	id: string;
	name: string;
	short_name: string;
	description: string;
	lang: string;
	dir: 'ltr';
	start_url: string;
	scope: string;
	display: 'standalone';
	orientation: 'any';
	theme_color: string;
	background_color: string;
	categories: string[];
	icons: ManifestIcon[];
	screenshots: ManifestScreenshot[];
	shortcuts: ManifestShortcut[];
	/** Android's share sheet: text shared to the app opens the import screen with it (a GET: no server). */
	share_target: {
		action: string;
		method: 'GET';
		params: { title: string; text: string; url: string };
	};
	/** Files opened with the installed app (a deck file, an article): the import screen reads them (launchQueue). */
	file_handlers: { action: string; accept: Record<string, string[]> }[];
}

/** Pixel sizes of every PNG the manifest names, so tests can read each file's header and compare. */
export const ICON_FILES = {
	'icons/icon-192.png': [192, 192],
	'icons/icon-512.png': [512, 512],
	'icons/maskable-512.png': [512, 512],
	'icons/apple-touch-icon-180.png': [180, 180],
	'icons/shortcut-study-96.png': [96, 96],
	'icons/shortcut-quiz-96.png': [96, 96],
	'screenshots/narrow-home.png': [390, 844],
	'screenshots/wide-home.png': [1280, 800]
} as const satisfies Record<string, readonly [number, number]>;

export const manifest: AppManifest = {
	// A stable id: installs stay the same app even if start_url ever gains a query string.
	id: '/',
	name: 'Ôn bài',
	short_name: 'Ôn bài',
	description: 'Ôn tập bài báo bằng thẻ ghi nhớ và câu hỏi trắc nghiệm, học được cả khi không có mạng.',
	lang: 'vi',
	dir: 'ltr',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	orientation: 'any',
	theme_color: BRAND.themeLight,
	background_color: BRAND.themeLight,
	categories: ['education'],
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	],
	screenshots: [
		{
			src: '/screenshots/narrow-home.png',
			sizes: '390x844',
			type: 'image/png',
			form_factor: 'narrow',
			label: 'Trang chủ Ôn bài trên điện thoại'
		},
		{
			src: '/screenshots/wide-home.png',
			sizes: '1280x800',
			type: 'image/png',
			form_factor: 'wide',
			label: 'Trang chủ Ôn bài trên máy tính'
		}
	],
	shortcuts: [
		{
			name: 'Ôn thẻ hôm nay',
			short_name: 'Ôn thẻ',
			description: 'Ôn các thẻ ghi nhớ đến hạn hôm nay',
			url: '/study',
			icons: [{ src: '/icons/shortcut-study-96.png', sizes: '96x96', type: 'image/png' }]
		},
		{
			name: 'Làm bài kiểm tra mới',
			short_name: 'Kiểm tra',
			description: 'Bắt đầu một bài kiểm tra mới',
			url: '/quiz',
			icons: [{ src: '/icons/shortcut-quiz-96.png', sizes: '96x96', type: 'image/png' }]
		}
	],
	share_target: { action: '/import', method: 'GET', params: { title: 'title', text: 'text', url: 'url' } },
	// A deck file is a .txt (Web Share sends text files, not JSON ones); the import screen tells it by content.
	file_handlers: [
		{
			action: '/import',
			accept: {
				'text/plain': ['.txt'],
				'text/html': ['.html', '.htm'],
				'text/csv': ['.csv'],
				'text/tab-separated-values': ['.tsv'],
				'application/json': ['.json']
			}
		}
	]
};
