/**
 * Small pure checks about the browser the app runs in, kept apart from the runes state so they can be
 * unit-tested with plain strings.
 */

/**
 * True on Safari for iPhone and iPad, where there is no install prompt and the learner adds the app
 * through Share > "Thêm vào Màn hình chính". iPadOS 13+ reports a Mac user agent, so a Mac with touch
 * points counts as an iPad. Chrome, Firefox, Edge and Opera on iOS name themselves (CriOS, FxiOS,
 * EdgiOS, OPiOS) and are left out: their menus differ.
 */
export function isIosSafari(userAgent: string, maxTouchPoints = 0): boolean {
	const ios = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
	if (!ios) return false;
	if (/CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|FBAN|FBAV|Instagram|Line\//.test(userAgent)) return false;
	return /Safari\//.test(userAgent) && /Version\//.test(userAgent);
}

/** The parts of `window` that tell whether the app runs installed; passed in so tests need no DOM. */
export interface DisplayModeProbe {
	matchMedia(query: string): { matches: boolean };
	navigator: { standalone?: boolean };
}

/** True when the app runs from the home screen (standalone or fullscreen), including iOS's own flag. */
export function isInstalled(win: DisplayModeProbe): boolean {
	return (
		win.matchMedia('(display-mode: standalone)').matches ||
		win.matchMedia('(display-mode: fullscreen)').matches ||
		win.matchMedia('(display-mode: minimal-ui)').matches ||
		win.navigator.standalone === true
	);
}

/** localStorage key: the "ready to work offline" notice is shown once per browser, never again. */
export const OFFLINE_READY_SHOWN_KEY = 'onbai:offline-ready-shown';
