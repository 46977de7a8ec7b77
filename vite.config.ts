import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The key-derivation Web Worker and the app share libsodium (~190 KB gzipped). SvelteKit
 * writes worker chunks to their own folder, so the same file would be downloaded twice;
 * writing them next to the app's chunks (same content, same hash, same URL) fetches it once.
 */
function shareChunksWithWorkers(): Plugin {
	return {
		name: 'stekboek:share-chunks-with-workers',
		config: () => ({
			worker: { rollupOptions: { output: { chunkFileNames: '_app/immutable/chunks/[hash].js' } } }
		})
	};
}

export default defineConfig({
	plugins: [sveltekit(), shareChunksWithWorkers()],
	worker: { format: 'es' },
	// libsodium-sumo alone is ~535 KB minified (~190 KB gzipped) and loads only on unlock.
	build: { target: 'es2022', chunkSizeWarningLimit: 600 },
	test: {
		include: ['src/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts'],
		testTimeout: 20_000
	}
});
