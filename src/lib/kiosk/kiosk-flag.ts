/** The localStorage key of the running kiosk; absent when no kiosk runs. */
export const KIOSK_STORAGE_KEY = 'stekboek.kiosk';

/**
 * Whether this device may be in kiosk mode, read without the kiosk's schema: something is
 * stored under the kiosk key. The layout shows nothing until the kiosk state has checked
 * it, so a reload never shows the app (or its lock screen) before the kiosk.
 */
export function kioskStored(): boolean {
	try {
		return globalThis.localStorage?.getItem(KIOSK_STORAGE_KEY) != null;
	} catch {
		return false;
	}
}
