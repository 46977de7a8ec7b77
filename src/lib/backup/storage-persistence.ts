/**
 * Asking the browser to keep this origin's storage (security.md, "Storage durability").
 * Chromium evicts non-persistent origins under disk pressure; Safari deletes storage of a
 * site used in a tab after 7 days without a visit. None of this holds personal data.
 */

let request: Promise<boolean> | undefined;

/**
 * Requests persistent storage once per page load (at the first save, a restore or a
 * backup) and resolves to whether storage is persistent. Never throws: without the API
 * (older Safari) it resolves false.
 */
export function requestPersistentStorage(): Promise<boolean> {
	request ??= (async () => {
		const storage = globalThis.navigator?.storage;
		if (!storage?.persist || !storage.persisted) return false;
		return (await storage.persisted()) || (await storage.persist());
	})().catch(() => false);
	return request;
}

/** What Instellingen shows; null where the browser does not say. */
export interface StorageStatus {
	persisted: boolean | null;
	usageBytes: number | null;
	quotaBytes: number | null;
}

/** Reads persistence and the usage estimate without asking for anything. */
export async function readStorageStatus(): Promise<StorageStatus> {
	const storage = globalThis.navigator?.storage;
	const [persisted, estimate] = await Promise.all([
		storage?.persisted ? storage.persisted().catch(() => null) : null,
		storage?.estimate ? storage.estimate().catch(() => null) : null
	]);
	return {
		persisted,
		usageBytes: estimate?.usage ?? null,
		quotaBytes: estimate?.quota ?? null
	};
}

/** The parts of the browser environment the Home Screen advice depends on. */
export interface BrowserTraits {
	userAgent: string;
	maxTouchPoints: number;
	/** `navigator.standalone` (iOS) or `display-mode: standalone`: opened from the Home Screen. */
	standalone: boolean;
}

/** The traits of the running browser. */
export function currentBrowserTraits(): BrowserTraits {
	const nav = navigator as Navigator & { standalone?: boolean };
	return {
		userAgent: nav.userAgent,
		maxTouchPoints: nav.maxTouchPoints ?? 0,
		standalone: nav.standalone === true || matchMedia('(display-mode: standalone)').matches
	};
}

/**
 * True for Safari on iPhone or iPad in a tab: there WebKit deletes the site's storage after
 * 7 days without use, while a Home Screen app keeps it. iPadOS presents itself as a Mac,
 * so a "Macintosh" with a touch screen counts as an iPad.
 */
export function needsHomeScreenAdvice(traits: BrowserTraits): boolean {
	const ua = traits.userAgent;
	const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && traits.maxTouchPoints > 1);
	const safari = /Safari\//.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS|Chrome\//.test(ua);
	return ios && safari && !traits.standalone;
}
