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

/**
 * Unwraps the X25519 secret with the data key. The secret is authenticated under the data
 * key; the clear public key is not, so the public key derived from the secret is the truth.
 * `repaired` says the clear one differed (a flipped byte, a swapped key): the caller
 * writes the header back with the derived key instead of locking the worker out.
 */
export function openPrivateKey(
	header: VaultHeader,
	dataKey: Uint8Array
): { privateKey: Uint8Array; publicKey: Uint8Array; repaired: boolean } {
	const sodium = readySodium();
	const aad = wrapAad(header.vaultId, 'private-key');
	const privateKey = unwrapKey(dataKey, decodeWrapped(header.wrappedPrivateKey), aad);
	const publicKey = sodium.crypto_scalarmult_base(privateKey);
	return {
		privateKey,
		publicKey,
		repaired: !sodium.memcmp(publicKey, fromBase64(header.publicKey))
	};
}

/**
 * A header with a NEW random 256-bit data key wrapped by `passKey`, and a NEW X25519 pair
 * whose secret is wrapped by the data key. Used to create a vault and to rotate its keys.
 */
export function newVaultKeys(
	vaultId: string,
	kdf: VaultHeader['kdf'],
	passKey: Uint8Array
): { header: VaultHeader; keys: VaultKeys } {
	const dataKey = randomBytes(KDF_KEY_BYTES);
	const { publicKey, privateKey } = readySodium().crypto_box_keypair();
	const header: VaultHeader = {
		format: 'stekboek-vault',
		version: 1,
		vaultId,
		kdf,
		wrappedDataKey: encodeWrapped(wrapKey(passKey, dataKey, wrapAad(vaultId, 'data-key'))),
		publicKey: toBase64(publicKey),
		wrappedPrivateKey: encodeWrapped(wrapKey(dataKey, privateKey, wrapAad(vaultId, 'private-key')))
	};
	return { header, keys: { dataKey, publicKey, privateKey } };
}

/** Creates a vault under `passphrase`. `kdfCost` is for tests (never below the floor). */
export async function createVault(
	passphrase: string,
	kdfCost: KdfCost = DEFAULT_KDF_COST
): Promise<{ header: VaultHeader; keys: VaultKeys }> {
	const kdf = newKdfParams(kdfCost);
	const [, passKey] = await Promise.all([loadSodium(), deriveKey(passphrase, kdf)]);
	try {
		return newVaultKeys(crypto.randomUUID(), kdf, passKey);
	} finally {
		memzero(passKey);
	}
}

/** An opened vault, and its header with the public key repaired when the clear one was wrong. */
export type OpenedVault = { keys: VaultKeys; repairedHeader: VaultHeader | null };

/**
 * Opens the vault. Throws `VaultHeaderError` for a malformed header or a wrapped private
 * key that fails to authenticate, `KdfDowngradeError` for refused KDF parameters, and
 * `WrongPassphraseError` when the data key fails to authenticate (no verifier is stored,
 * so that is the only signal). A clear public key that does not match the private key is
 * not an error: `repairedHeader` carries the header with the derived key.
 */
export async function openVault(header: VaultHeader, passphrase: string): Promise<OpenedVault> {
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
	return openWithDataKey(valid, dataKey);
}

/**
 * The second half of every unlock (passphrase or passkey): opens the private key with an
 * unwrapped data key. Zeroes the data key and throws `VaultHeaderError('tampered')` when
 * the private key fails to authenticate. Needs `loadSodium()`.
 */
export function openWithDataKey(valid: VaultHeader, dataKey: Uint8Array): OpenedVault {
	try {
		const { privateKey, publicKey, repaired } = openPrivateKey(valid, dataKey);
		const repairedHeader = repaired ? { ...valid, publicKey: toBase64(publicKey) } : null;
		return { keys: { dataKey, publicKey, privateKey }, repairedHeader };
	} catch (error) {
		memzero(dataKey);
		throw error instanceof DecryptionError ? new VaultHeaderError('tampered') : error;
	}
}

/** Opens the vault and returns its keys (the public key derived from the private key). */
export async function unlockVault(header: VaultHeader, passphrase: string): Promise<VaultKeys> {
	return (await openVault(header, passphrase)).keys;
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
	const publicKey = checkKeys(valid, keys);
	const kdf = newKdfParams(kdfCost);
	const passKey = await deriveKey(newPassphrase, kdf);
	try {
		const wrapped = wrapKey(passKey, keys.dataKey, wrapAad(valid.vaultId, 'data-key'));
		return { ...valid, kdf, wrappedDataKey: encodeWrapped(wrapped), publicKey };
	} finally {
		memzero(passKey);
	}
}

/**
 * Checks that `keys` open this vault's private key (so a new header can never lock the
 * worker out) and returns the public key derived from it, base64url. Needs `loadSodium()`.
 */
export function checkKeys(header: VaultHeader, keys: Pick<VaultKeys, 'dataKey'>): string {
	try {
		const { privateKey, publicKey } = openPrivateKey(header, keys.dataKey);
		memzero(privateKey);
		return toBase64(publicKey);
	} catch {
		throw new VaultHeaderError('wrong-keys');
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
