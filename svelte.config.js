import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route falls back to index.html and renders in the browser.
		adapter: adapter({
			pages: process.env.STEKBOEK_BUILD_DIR ?? 'build',
			assets: process.env.STEKBOEK_BUILD_DIR ?? 'build',
			fallback: 'index.html',
			// Brotli and gzip copies next to every file, for hosts that serve them as they are.
			precompress: true,
			strict: true
		}),
		// Test kits, fixtures, arbitraries and fuzzers live outside src/lib, so no app import
		// can reach them by accident (tests/build-output checks the build).
		alias: { '$test-support': 'tests/support' },
		// A separate output folder lets parallel builds on one machine stay apart.
		outDir: process.env.STEKBOEK_KIT_DIR ?? '.svelte-kit',
		// We register the worker ourselves through workbox-window so that an update waits
		// for the worker's tap instead of taking over mid-registration.
		serviceWorker: { register: false },
		typescript: {
			// Type-check the Playwright config with the rest of the project.
			config: (tsconfig) => ({
				...tsconfig,
				include: [...tsconfig.include, '../playwright.config.ts']
			})
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				// The one inline style SvelteKit writes (its route announcer), by hash.
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none']
			}
		}
	}
};

export default config;
