/**
 * Takes the manifest's store screenshots (static/screenshots/) from a built app:
 * `npx vite build && npx tsx scripts/screenshots.ts [buildDir]`. Narrow is a 390x844 phone, wide a
 * 1280x800 desktop window, both the home screen in light mode, as a first-time learner sees it.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../tests/e2e/pwa-server';
import { ICON_FILES } from '../src/lib/pwa/manifest';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = process.argv[2] ?? `${root}build`;
const port = Number(process.env.PWA_PORT ?? 4318);

const shots = [
	{ file: 'screenshots/narrow-home.png', path: '/', mobile: true },
	{ file: 'screenshots/wide-home.png', path: '/', mobile: false }
] as const;

async function main(): Promise<void> {
	const server = await serveStatic(buildDir, port);
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
	});
	try {
		for (const shot of shots) {
			const [width, height] = ICON_FILES[shot.file];
			// No service worker: its one-time "ready offline" notice does not belong in a store picture.
			const context = await browser.newContext({
				viewport: { width, height },
				deviceScaleFactor: 1,
				isMobile: shot.mobile,
				hasTouch: shot.mobile,
				colorScheme: 'light',
				locale: 'vi-VN',
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			await page.goto(`${server.url}${shot.path}`, { waitUntil: 'networkidle' });
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			await page.screenshot({ path: `${root}static/${shot.file}` });
			await context.close();
			console.log(`static/${shot.file} ${width}x${height}`);
		}
	} finally {
		await browser.close();
		await server.stop();
	}
}

await main();
