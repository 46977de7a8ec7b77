/** The sessionStorage keys SvelteKit writes (scroll positions and snapshots per history entry). */
const ROUTER_KEYS = ['sveltekit:scroll', 'sveltekit:snapshot'] as const;

/** Removes SvelteKit's scroll and snapshot entries from sessionStorage. */
export function scrubRouterStorage(): void {
	try {
		for (const key of ROUTER_KEYS) sessionStorage.removeItem(key);
	} catch {
		// No storage, nothing written.
	}
}

/**
 * Keeps web storage empty (security.md: nothing outside the vault by default). SvelteKit
 * saves scroll positions to sessionStorage whenever the page is hidden or left; they are
 * not personal, but they say when and how the app was used. The router adds its listeners
 * after the layout mounts, so ours are added one task later to run after its writes.
 * Returns the function that stops it.
 */
export function keepRouterStateInMemory(): () => void {
	const events = ['visibilitychange', 'beforeunload', 'pagehide'] as const;
	scrubRouterStorage();
	const timer = setTimeout(() => {
		for (const name of events) window.addEventListener(name, scrubRouterStorage);
	}, 0);
	return () => {
		clearTimeout(timer);
		for (const name of events) window.removeEventListener(name, scrubRouterStorage);
	};
}
