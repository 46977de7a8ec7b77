import { Workbox } from 'workbox-window';
import { unsavedInput } from '$lib/state/unsaved-input.svelte';

/**
 * The service worker's update flow. A new worker installs and waits; the banner offers it;
 * it takes over only when the worker taps, and not while a form holds unsaved input.
 */
class AppUpdate {
	waiting = $state(false);
	blocked = $state(false);
	#workbox: Workbox | null = null;

	/** Registers the service worker (production builds only: dev has none). */
	register(): void {
		if (!('serviceWorker' in navigator)) return;
		const workbox = new Workbox('/service-worker.js', { type: 'module' });
		workbox.addEventListener('waiting', () => (this.waiting = true));
		// Workbox's own `isUpdate` only says whether a worker controlled the page when it was
		// registered, so a first visit that later takes an update would not reload.
		let controlled = navigator.serviceWorker.controller !== null;
		workbox.addEventListener('controlling', () => {
			// After an update: load the new app code. After the first install: cache what
			// this page loaded before the service worker was there to see it.
			if (controlled) location.reload();
			else void refetchLoadedAppFiles();
			controlled = true;
		});
		this.#workbox = workbox;
		void workbox.register();
	}

	/** Activates the waiting worker, unless a form would lose input. */
	apply(): boolean {
		if (unsavedInput.any) {
			this.blocked = true;
			return false;
		}
		this.blocked = false;
		this.#workbox?.messageSkipWaiting();
		return true;
	}
}

export const appUpdate = new AppUpdate();

/**
 * Fetches again, now through the service worker, the build files this page loaded before
 * the worker controlled it (the key-derivation worker among them), so they are cached
 * and the app also unlocks offline.
 */
async function refetchLoadedAppFiles(): Promise<void> {
	const urls = performance
		.getEntriesByType('resource')
		.map((entry) => new URL(entry.name))
		.filter((url) => url.origin === location.origin && url.pathname.startsWith('/_app/immutable/'));
	await Promise.allSettled(urls.map((url) => fetch(url)));
}
