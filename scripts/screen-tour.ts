/**
 * Screenshots of every screen and step (tests/e2e/tour.ts) on small phones, light and dark, at 100% and
 * 200% text, into bench/out/screens/ (git-ignored), to be looked at after a layout change:
 *
 *   npx vite build && npx tsx scripts/screen-tour.ts                 every size, theme and text size
 *   npx tsx scripts/screen-tour.ts 360x640 dark 200 en               only those (any filter, any order)
 *   FULL=1 npx tsx scripts/screen-tour.ts ...                          whole pages, not just the viewport
 *   STEPS=import npx tsx scripts/screen-tour.ts ...                    only the import screen's steps
 *
 * Files are named <size>-<theme>-<text>-<lang>/<nn>-<step>.png. 200% text is the browser's text size
 * setting (CDP Page.setFontSizes), as Chrome's "font size" and Android's system font size apply it.
 */
import { chromium, type Browser } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../tests/e2e/pwa-server';
import { importTour, settle, tour } from '../tests/e2e/tour';
import { setTextSize } from '../tests/e2e/text-size';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PWA_PORT ?? 4412);
const SIZES = ['320x568', '360x640', '390x844'];
const THEMES = ['light', 'dark'] as const;
const TEXTS = ['100', '200'];
const LANGS = ['vi', 'en'] as const;

const args = process.argv.slice(2);
const pick = <T extends string>(all: readonly T[], fallback: readonly T[] = all): T[] => {
	const chosen = all.filter((x) => args.includes(x));
	return chosen.length ? chosen : [...fallback];
};

async function shoot(
	browser: Browser,
	url: string,
	size: string,
	theme: 'light' | 'dark',
	text: string,
	lang: 'vi' | 'en'
) {
	const [width, height] = size.split('x').map(Number) as [number, number];
	const dir = `${root}bench/out/screens/${size}-${theme}-${text}-${lang}`;
	mkdirSync(dir, { recursive: true });
	const context = await browser.newContext({
		viewport: { width, height },
		deviceScaleFactor: 1,
		isMobile: true,
		hasTouch: true,
		colorScheme: theme,
		locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
		reducedMotion: 'reduce',
		baseURL: url
	});
	const page = await context.newPage();
	// tsx keeps function names with an `__name` helper that functions sent to the page then call: give the
	// page one (a string, so tsx leaves it alone).
	await page.addInitScript('window.__name = (f) => f;');
	await setTextSize(page, Number(text) / 100);
	if (lang === 'en') {
		await page.goto('/settings');
		await page.locator('input[name="lang"][value="en"]').check();
		await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
	}
	let n = 0;
	const walk = process.env.STEPS === 'import' ? importTour : tour;
	await walk(page, async (step) => {
		await settle(page);
		const file = `${dir}/${String(++n).padStart(2, '0')}-${step}.png`;
		await page.screenshot({ path: file, fullPage: !!process.env.FULL });
	});
	await context.close();
	console.log(`${dir} (${n} pictures)`);
}

async function main(): Promise<void> {
	const server = await serveStatic(`${root}build`, port);
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		for (const size of pick(SIZES))
			for (const theme of pick(THEMES))
				for (const text of pick(TEXTS))
					for (const lang of pick(LANGS, ['vi'])) await shoot(browser, server.url, size, theme, text, lang);
	} finally {
		await browser.close();
		await server.stop();
	}
}

await main();
