import { KDF_FLOOR, createVault, type VaultHeader, type VaultKeys } from '$lib/crypto';
import type { KioskStorage } from '$lib/kiosk/kiosk-config';

/** A vault at the cheapest KDF cost the module accepts, for tests. */
export async function testVault(): Promise<{ header: VaultHeader; keys: VaultKeys }> {
	return createVault('een lange zin voor de kiosktest', KDF_FLOOR);
}

/** Web Storage in memory, for Node. */
export function memoryStorage(): KioskStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key)
	};
}
