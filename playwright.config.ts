import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium.mjs';

const port = 4173;

/** End-to-end tests run against the production build, so the service worker is real. */
export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npm run build && npx sirv build --single --port ${port} --host localhost`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000
	}
});
