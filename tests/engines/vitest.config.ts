import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `npm run test:engines`: the core journeys in WebKitGTK (WebKitWebDriver) and Firefox
 * (WebDriver BiDi), one engine after the other, against the build served like `npm start`.
 */
export default defineConfig({
	root,
	resolve: { alias: { $lib: `${root}src/lib` } },
	test: {
		include: ['tests/engines/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/engines/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
