import { describe, expect, it } from 'vitest';
import { isInstalled, isIosSafari } from '../../../src/lib/pwa/platform';

const UA = {
	iphoneSafari:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
	iphoneChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1',
	iphoneFirefox:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/125.0 Mobile/15E148 Safari/605.1.15',
	iphoneFacebook:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/460.0]',
	ipadDesktopMode:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
	androidChrome:
		'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'
};

describe('isIosSafari', () => {
	it.each([
		['Safari on iPhone', UA.iphoneSafari, 5, true],
		['Safari on iPad asking for the desktop site (Mac UA, touch)', UA.ipadDesktopMode, 5, true],
		['Safari on a real Mac (no touch)', UA.ipadDesktopMode, 0, false],
		['Chrome on iPhone', UA.iphoneChrome, 5, false],
		['Firefox on iPhone', UA.iphoneFirefox, 5, false],
		['Facebook in-app browser', UA.iphoneFacebook, 5, false],
		['Chrome on Android', UA.androidChrome, 5, false]
	])('%s -> %s', (_name, ua, touch, expected) => {
		expect(isIosSafari(ua, touch)).toBe(expected);
	});
});

describe('isInstalled', () => {
	const probe = (modes: string[], standalone?: boolean) => ({
		matchMedia: (q: string) => ({ matches: modes.some((m) => q.includes(m)) }),
		navigator: { standalone }
	});

	it('is true in standalone or fullscreen display mode', () => {
		expect(isInstalled(probe(['standalone']))).toBe(true);
		expect(isInstalled(probe(['fullscreen']))).toBe(true);
	});

	it('is true on iOS home-screen apps, which set navigator.standalone', () => {
		expect(isInstalled(probe([], true))).toBe(true);
	});

	it('is false in a browser tab', () => {
		expect(isInstalled(probe(['browser'], false))).toBe(false);
	});
});
