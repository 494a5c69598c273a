import { defineConfig, devices } from '@playwright/test';

// Each checkout may pick its own port so that parallel runs never share a server.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 390, height: 844 },
		locale: 'vi-VN',
		serviceWorkers: 'allow',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run'
			]
		}
	},
	projects: [
		{
			name: 'phone-chromium',
			use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, browserName: 'chromium' }
		}
	],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
