import {
	addPasskeySlot,
	loadSodium,
	memzero,
	openVaultWithPasskey,
	passkeyCredentialId,
	passkeyPrfSalt,
	removePasskeySlot,
	vaultHeaderSchema,
	WrongPasskeyError,
	type OpenedVault,
	type VaultHeader
} from '$lib/crypto';
import type { StekboekDatabase } from '$lib/db/database';
import { readVaultRow, replaceVaultHeader } from '$lib/db/vault-store';
import type { UnlockThrottle } from './unlock-throttle';
import type { VaultData } from './vault-data.svelte';
import { VaultError } from './vault-error';
import { checkPassphrase } from './vault-rekey';
import { evaluatePrf, forgetPasskey, registerPasskey } from './webauthn-prf';

/** The stored header, validated; a damaged one is refused like at unlock. */
async function readHeader(db: StekboekDatabase): Promise<VaultHeader> {
	const header = vaultHeaderSchema.safeParse((await readVaultRow(db))?.header);
	if (!header.success) throw new VaultError('unlock.headerDamaged');
	return header.data;
}

/** True when the stored header has a passkey slot (read before unlock, for the lock screen). */
export async function hasPasskeySlot(db: StekboekDatabase): Promise<boolean> {
	const header = vaultHeaderSchema.safeParse((await readVaultRow(db))?.header);
	return header.success && header.data.passkey !== undefined;
}

/**
 * Sets up a passkey: the passphrase is checked first (counted and delayed like an unlock),
 * then a platform passkey is registered and its PRF output wraps the data key in the
 * header's passkey slot. The header is read again after the touch (a minute may pass) and
 * the keys are checked against it. The PRF output is zeroed; a passkey that did not make
 * it into the header is reported to the passkey manager as unknown.
 */
export async function setUpPasskey(
	db: StekboekDatabase,
	throttle: UnlockThrottle,
	data: VaultData,
	passphrase: string
): Promise<void> {
	const { vaultId } = await checkPassphrase(db, throttle, passphrase);
	await loadSodium();
	const { credentialId, prfOutput } = await registerPasskey(passkeyPrfSalt(vaultId));
	try {
		const header = await readHeader(db);
		const previous = passkeyCredentialId(header);
		await replaceVaultHeader(db, await addPasskeySlot(header, data.keys, credentialId, prfOutput));
		if (previous) forgetPasskey(previous);
	} catch (error) {
		forgetPasskey(credentialId);
		throw error;
	} finally {
		memzero(prfOutput);
	}
}

/**
 * Opens the vault with its passkey: one touch, no typing. Throws `WrongPasskeyError` when
 * the passkey's answer does not unwrap the data key (counted by the caller) and a
 * `VaultError` for a cancel or a browser failure (not counted: a cancel is no attack).
 */
export async function openWithPasskey(header: VaultHeader): Promise<OpenedVault> {
	const credentialId = passkeyCredentialId(header);
	if (!credentialId) throw new WrongPasskeyError();
	await loadSodium();
	const prfOutput = await evaluatePrf(credentialId, passkeyPrfSalt(header.vaultId));
	try {
		return await openVaultWithPasskey(header, prfOutput);
	} finally {
		memzero(prfOutput);
	}
}

/** Removes the passkey slot: from now on only the passphrase opens the vault. */
export async function removePasskey(db: StekboekDatabase): Promise<void> {
	const header = await readHeader(db);
	const credentialId = passkeyCredentialId(header);
	await replaceVaultHeader(db, removePasskeySlot(header));
	if (credentialId) forgetPasskey(credentialId);
}
