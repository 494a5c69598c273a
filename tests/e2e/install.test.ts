import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifest } from '../../src/lib/pwa/manifest';

test.describe('install', () => {
	test('Chromium reports no installability error and the home screen offers the install button', async ({
		playwright,
		launchOptions,
		baseURL
	}) => {
		// Chromium never offers to install from an incognito profile, which is what a Playwright context
		// is; a persistent profile in a temporary folder is a normal one.
		const profile = await mkdtemp(join(tmpdir(), 'onbai-install-'));
		const context = await playwright.chromium.launchPersistentContext(profile, {
			...launchOptions,
			// Without a history of visits Chromium waits for "engagement" before it fires
			// beforeinstallprompt; this switch skips only that wait, the installability checks still run.
			args: [...(launchOptions.args ?? []), '--bypass-app-banner-engagement-checks'],
			viewport: { width: 390, height: 844 },
			locale: 'vi-VN'
		});
		// Counts the browser's install dialogs the app opens (the event object the app keeps is this one).
		await context.addInitScript(() => {
			const w = window as unknown as { __prompts: number };
			w.__prompts = 0;
			addEventListener(
				'beforeinstallprompt',
				(e) => {
					const event = e as Event & { prompt(): Promise<void> };
					const prompt = event.prompt.bind(event);
					event.prompt = () => {
						w.__prompts++;
						return prompt();
					};
				},
				{ capture: true }
			);
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto(`${baseURL}/`);
			const cdp = await context.newCDPSession(page);
			// The manifest and its icons load after the page; poll until Chromium has looked at them.
			await expect
				.poll(
					async () => {
						const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
						return installabilityErrors.map((e) => e.errorId);
					},
					{ timeout: 20_000 }
				)
				.toEqual([]);
			const { url, data } = await cdp.send('Page.getAppManifest');
			expect(url).toMatch(/\/manifest\.webmanifest$/);
			expect(data && JSON.parse(data).name).toBe('Ôn bài');

			// Installable, so Chromium fires beforeinstallprompt and home offers our own button.
			const install = page.getByTestId('install');
			await expect(install.getByRole('button', { name: 'Cài ứng dụng' })).toBeVisible({ timeout: 15_000 });
			await install.getByRole('button', { name: 'Cài ứng dụng' }).click();
			// The browser's own dialog opened. (Headless Chromium dismisses it and may offer a new event, so
			// whether the button stays is the browser's call, not something to assert.)
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { __prompts: number }).__prompts))
				.toBe(1);
		} finally {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		}
	});

	test('the built manifest is the one in src/lib/pwa/manifest.ts and every file it names is served', async ({
		page,
		request
	}) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(href).toBeTruthy();
		const res = await request.get(new URL(href!, page.url()).href);
		expect(res.status()).toBe(200);
		const built = await res.json();
		expect(built).toEqual(manifest);
		expect(built).toMatchObject({ lang: 'vi', display: 'standalone', start_url: '/', scope: '/' });
		const files = [
			...built.icons,
			...built.screenshots,
			...built.shortcuts.flatMap((s: { icons: unknown[] }) => s.icons)
		] as { src: string; type: string }[];
		for (const file of files) {
			const r = await request.get(file.src);
			expect(r.status(), file.src).toBe(200);
			expect(r.headers()['content-type'], file.src).toContain(file.type);
		}
		// Light and dark status bar colours, and the home-screen icon Safari uses.
		await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
		await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
	});

	test('Safari on iPhone gets the "Thêm vào Màn hình chính" steps on home and in settings', async ({
		browser,
		baseURL
	}) => {
		// Safari on iOS has no install prompt; the app recognises it by its user agent (WebKit itself is not
		// needed to check that the app shows the steps).
		const context = await browser.newContext({
			baseURL,
			userAgent:
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
			hasTouch: true,
			isMobile: true,
			viewport: { width: 390, height: 844 },
			locale: 'vi-VN'
		});
		try {
			const page = await context.newPage();
			await page.goto('/');
			await expect(page.getByTestId('install-ios')).toContainText('Thêm vào Màn hình chính');
			await page.goto('/settings');
			await expect(page.getByTestId('install-ios')).toContainText('Chia sẻ');
			await expect(page.getByTestId('install-state')).toHaveCount(0);
		} finally {
			await context.close();
		}
	});

	test('a browser tab that cannot install says so in settings, with the version', async ({ page }) => {
		await page.goto('/settings');
		const state = page.getByTestId('install-state');
		await expect(state).toContainText('Trình duyệt chưa cho hiện nút cài');
		await expect(state).toContainText(/Phiên bản \d+\.\d+\.\d+/);
		// On home there is nothing to offer, so nothing is shown.
		await page.goto('/');
		await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-sw-controlled', /true|false/);
		await expect(page.getByTestId('install-state')).toHaveCount(0);
		await expect(page.getByTestId('install-ios')).toHaveCount(0);
	});
});
