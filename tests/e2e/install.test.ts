import { expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifest } from '../../src/lib/pwa/manifest';

test.describe('install', () => {
	test('Chromium reports no installability error', async ({
		playwright,
		launchOptions,
		baseURL
	}) => {
		// Chromium never offers to install from an incognito profile, which is what a Playwright context
		// is; a persistent profile in a temporary folder is a normal one.
		const profile = await mkdtemp(join(tmpdir(), 'onbai-install-'));
		const context = await playwright.chromium.launchPersistentContext(profile, {
			...launchOptions,
			viewport: { width: 390, height: 844 },
			locale: 'vi-VN'
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
});
