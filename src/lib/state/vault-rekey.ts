import {
	forgetKeys,
	rekeyVault,
	unlockVault,
	vaultHeaderSchema,
	WrongPassphraseError,
	type VaultHeader
} from '$lib/crypto';
import type { StekboekDatabase } from '$lib/db/database';
import { readVaultRow } from '$lib/db/vault-store';
import { tabSync } from './tab-sync';
import type { UnlockThrottle } from './unlock-throttle';
import type { VaultData } from './vault-data.svelte';
import { VaultError } from './vault-error';

/**
 * Checks a passphrase against the stored header while the vault is unlocked (before a
 * passphrase change or a rotation). A wrong one is counted and delayed exactly like a
 * wrong unlock, with the same counter, so these forms are no faster guessing door.
 */
export async function checkPassphrase(
	db: StekboekDatabase,
	throttle: UnlockThrottle,
	passphrase: string
): Promise<VaultHeader> {
	throttle.check();
	const header = vaultHeaderSchema.safeParse((await readVaultRow(db))?.header);
	if (!header.success) throw new VaultError('unlock.headerDamaged');
	try {
		forgetKeys(await unlockVault(header.data, passphrase));
	} catch (error) {
		if (!(error instanceof WrongPassphraseError)) throw error;
		await throttle.failed(db);
		throw new VaultError('unlock.wrong');
	}
	await throttle.succeeded(db);
	return header.data;
}

/**
 * Rotates the data key and key pair under `passphrase` (see db/vault-rotation.ts). The
 * other open tabs still hold the old key, so they are locked: a write from them would be
 * encrypted under a key that no longer opens the vault. The new header has no passkey
 * slot: the old slot wraps the old key, and re-wrapping would need a touch in the middle
 * of a one-transaction rotation. Returns true when a passkey was removed, so the form
 * can say so (the worker sets it up again in one dialog).
 */
export async function rotateKeys(
	db: StekboekDatabase,
	data: VaultData,
	header: VaultHeader,
	passphrase: string,
	onProgress?: (done: number) => void
): Promise<boolean> {
	await data.rotate(db, await rekeyVault(header, data.keys, passphrase), onProgress);
	tabSync.post({ type: 'lock' });
	return header.passkey !== undefined;
}
