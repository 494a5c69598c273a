import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PWA_PORT, serveStatic } from './pwa-server';

const NEXT_VERSION = '9.9.9-update-test';
let nextDir = '';

test.describe('update', () => {
	test.setTimeout(180_000);

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		// The second version: the same tree built again in a temporary copy with another APP_VERSION,
		// which changes a hashed chunk and therefore the service worker's precache list.
		nextDir = mkdtempSync(join(tmpdir(), 'onbai-next-'));
		const root = resolve('.');
		const skip = new Set(['node_modules', 'build', '.svelte-kit', 'test-results', '.git']);
		cpSync(root, nextDir, {
			recursive: true,
			filter: (src) => !skip.has(src.slice(root.length + 1).split('/')[0] ?? '')
		});
		symlinkSync(join(root, 'node_modules'), join(nextDir, 'node_modules'));
		const env = { ...process.env, APP_VERSION: NEXT_VERSION };
		execFileSync('npx', ['svelte-kit', 'sync'], { cwd: nextDir, env, stdio: 'ignore' });
		execFileSync('npx', ['vite', 'build'], { cwd: nextDir, env, stdio: 'ignore' });
	});

	test.afterAll(() => {
		if (nextDir) rmSync(nextDir, { recursive: true, force: true });
	});

	test('a new version is announced, never swapped in by itself, and loads on "Cập nhật"', async ({
		page
	}) => {
		let server = await serveStatic('build', PWA_PORT);
		try {
			await page.goto(`${server.url}/`);
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const status = page.getByTestId('pwa-status');
			const firstVersion = await status.getAttribute('data-app-version');
			expect(firstVersion).not.toBe(NEXT_VERSION);
			const storedBefore = await page.evaluate(async () => ({
				dbs: (await indexedDB.databases()).map((d) => d.name).sort(),
				local: Object.keys(localStorage).sort()
			}));

			// A marker that only survives if the page is NOT reloaded behind the learner's back.
			await page.evaluate(() => ((window as unknown as { __stay: number }).__stay = 42));

			await server.stop();
			server = await serveStatic(join(nextDir, 'build'), PWA_PORT);
			await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

			const prompt = page.getByTestId('update-prompt');
			await expect(prompt).toContainText('Có phiên bản mới', { timeout: 30_000 });
			// The new worker is installed and waiting; give it time to misbehave, then check nothing moved.
			await page.waitForTimeout(2_000);
			expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(42);
			await expect(status).toHaveAttribute('data-app-version', firstVersion!);
			expect(
				await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null))
			).toBe(true);

			await Promise.all([
				page.waitForEvent('load'),
				prompt.getByRole('button', { name: 'Cập nhật' }).click()
			]);
			await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-app-version', NEXT_VERSION);
			expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBeUndefined();
			await expect(page.getByTestId('update-prompt')).toHaveCount(0);
			// Nothing the learner had in the browser was dropped by the update.
			const storedAfter = await page.evaluate(async () => ({
				dbs: (await indexedDB.databases()).map((d) => d.name).sort(),
				local: Object.keys(localStorage).sort()
			}));
			expect(storedAfter.dbs).toEqual(expect.arrayContaining(storedBefore.dbs));
			expect(storedAfter.local).toEqual(expect.arrayContaining(storedBefore.local));
		} finally {
			await server.stop();
		}
	});

	test('"Để sau" hides the prompt and keeps the running version', async ({ page }) => {
		let server = await serveStatic('build', PWA_PORT);
		try {
			await page.goto(`${server.url}/`);
			await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
			const firstVersion = await page.getByTestId('pwa-status').getAttribute('data-app-version');
			await server.stop();
			server = await serveStatic(join(nextDir, 'build'), PWA_PORT);
			await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
			const prompt = page.getByTestId('update-prompt');
			await expect(prompt).toBeVisible({ timeout: 30_000 });
			await prompt.getByRole('button', { name: 'Để sau' }).click();
			await expect(prompt).toHaveCount(0);
			await expect(page.getByTestId('pwa-status')).toHaveAttribute('data-app-version', firstVersion!);
		} finally {
			await server.stop();
		}
	});
});
