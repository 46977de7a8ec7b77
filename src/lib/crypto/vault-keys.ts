import { fromBase64, randomBytes, toBase64 } from './bytes';
import { deriveKey } from './derive-key';
import { DecryptionError, VaultHeaderError, WrongPassphraseError } from './errors';
import { DEFAULT_KDF_COST, KDF_KEY_BYTES, newKdfParams, type KdfCost } from './kdf';
import { unwrapKey, wrapKey } from './key-wrap';
import { loadSodium, memzero, readySodium } from './sodium';
import {
	decodeWrapped,
	encodeWrapped,
	parseVaultHeader,
	wrapAad,
	type VaultHeader
} from './vault-header';

/** The unlocked vault's keys; live only in memory and are zeroed by `forgetKeys`. */
export type VaultKeys = { dataKey: Uint8Array; publicKey: Uint8Array; privateKey: Uint8Array };

/** Unwraps the X25519 secret with the data key and checks it matches the clear public key. */
function openPrivateKey(header: VaultHeader, dataKey: Uint8Array): Uint8Array {
	const sodium = readySodium();
	const aad = wrapAad(header.vaultId, 'private-key');
	const privateKey = unwrapKey(dataKey, decodeWrapped(header.wrappedPrivateKey), aad);
	// A swapped public key would make a locked kiosk seal entries to someone else's key.
	const derived = sodium.crypto_scalarmult_base(privateKey);
	if (!sodium.memcmp(derived, fromBase64(header.publicKey))) {
		memzero(privateKey);
		throw new VaultHeaderError('tampered');
	}
	return privateKey;
}

/**
 * Creates a vault: a random 256-bit data key wrapped by the passphrase key, and an X25519
 * pair whose secret is wrapped by the data key. `kdfCost` is for tests (never below floor).
 */
export async function createVault(
	passphrase: string,
	kdfCost: KdfCost = DEFAULT_KDF_COST
): Promise<{ header: VaultHeader; keys: VaultKeys }> {
	const kdf = newKdfParams(kdfCost);
	const vaultId = crypto.randomUUID();
	const [sodium, passKey] = await Promise.all([loadSodium(), deriveKey(passphrase, kdf)]);
	try {
		const dataKey = randomBytes(KDF_KEY_BYTES);
		const { publicKey, privateKey } = sodium.crypto_box_keypair();
		const header: VaultHeader = {
			format: 'stekboek-vault',
			version: 1,
			vaultId,
			kdf,
			wrappedDataKey: encodeWrapped(wrapKey(passKey, dataKey, wrapAad(vaultId, 'data-key'))),
			publicKey: toBase64(publicKey),
			wrappedPrivateKey: encodeWrapped(
				wrapKey(dataKey, privateKey, wrapAad(vaultId, 'private-key'))
			)
		};
		return { header, keys: { dataKey, publicKey, privateKey } };
	} finally {
		memzero(passKey);
	}
}

/**
 * Opens the vault. Throws `VaultHeaderError` for a malformed or inconsistent header,
 * `KdfDowngradeError` for refused KDF parameters, and `WrongPassphraseError` when the data
 * key fails to authenticate (no verifier is stored, so that is the only signal).
 */
export async function unlockVault(header: VaultHeader, passphrase: string): Promise<VaultKeys> {
	const valid = parseVaultHeader(header);
	const [, passKey] = await Promise.all([loadSodium(), deriveKey(passphrase, valid.kdf)]);
	let dataKey: Uint8Array;
	try {
		const aad = wrapAad(valid.vaultId, 'data-key');
		dataKey = unwrapKey(passKey, decodeWrapped(valid.wrappedDataKey), aad);
	} catch (error) {
		throw error instanceof DecryptionError ? new WrongPassphraseError() : error;
	} finally {
		memzero(passKey);
	}
	try {
		const privateKey = openPrivateKey(valid, dataKey);
		return { dataKey, publicKey: fromBase64(valid.publicKey), privateKey };
	} catch (error) {
		memzero(dataKey);
		throw error instanceof DecryptionError ? new VaultHeaderError('tampered') : error;
	}
}

/**
 * A header for a new passphrase: re-wraps the same data key under a fresh salt (and the
 * current default cost), so no record is re-encrypted. Throws `VaultHeaderError('wrong-keys')`
 * if `keys` are not this vault's, which would otherwise lock the worker out for good.
 */
export async function rewrapVault(
	header: VaultHeader,
	keys: VaultKeys,
	newPassphrase: string,
	kdfCost: KdfCost = DEFAULT_KDF_COST
): Promise<VaultHeader> {
	const valid = parseVaultHeader(header);
	await loadSodium();
	try {
		memzero(openPrivateKey(valid, keys.dataKey));
	} catch {
		throw new VaultHeaderError('wrong-keys');
	}
	const kdf = newKdfParams(kdfCost);
	const passKey = await deriveKey(newPassphrase, kdf);
	try {
		const wrapped = wrapKey(passKey, keys.dataKey, wrapAad(valid.vaultId, 'data-key'));
		return { ...valid, kdf, wrappedDataKey: encodeWrapped(wrapped) };
	} finally {
		memzero(passKey);
	}
}

/**
 * Zeroes the secret keys of an unlocked vault (on lock); they are useless afterwards. The
 * public key is left intact: it is not secret and a kiosk may still be sealing to it.
 */
export function forgetKeys(keys: VaultKeys): void {
	memzero(keys.dataKey);
	memzero(keys.privateKey);
}
