import { getContext, setContext } from 'svelte';
import type { VaultData } from './vault-data.svelte';

const KEY = Symbol('vault-data');

/**
 * Hands the unlocked vault to every page below the layout, so pages ask for it once
 * (`useVault()`) instead of reaching for `vault.data!`. The getter is read lazily: pages
 * live only while the vault is unlocked, and a new unlock gives the new data.
 */
export function provideVault(current: () => VaultData | null): void {
	setContext(KEY, current);
}

/** The unlocked vault's data, for a component rendered inside the unlocked layout. */
export function useVault(): VaultData {
	const current = getContext<(() => VaultData | null) | undefined>(KEY)?.();
	if (!current) throw new Error('useVault outside the unlocked layout');
	return current;
}
