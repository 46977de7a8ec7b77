import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium.mjs';

// Several engineers may run the suite on one machine at once: each can pick its own
// port and build folder (STEKBOEK_E2E_PORT, STEKBOEK_BUILD_DIR) so no run serves another's build.
const port = Number(process.env.STEKBOEK_E2E_PORT ?? 4173);
const buildDir = process.env.STEKBOEK_BUILD_DIR ?? 'build';

/** End-to-end tests run against the production build, so the service worker is real. */
export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: process.env.STEKBOEK_E2E_RESULTS ?? 'test-results',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: false,
	workers: 2,
	// One retry in CI for timing under a loaded machine; Playwright reports any retried test
	// as flaky, and a test that fails twice still fails the run.
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		trace: 'retain-on-failure'
	},
	webServer: {
		command: `npm run build && npx sirv ${buildDir} --single --gzip --brotli --port ${port} --host localhost`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 240_000
	}
});
