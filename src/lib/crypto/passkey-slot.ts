import { fromBase64, toBase64, utf8 } from './bytes';
import { DecryptionError, WrongPasskeyError } from './errors';
import { hkdfSha256 } from './hkdf';
import { unwrapKey, wrapKey } from './key-wrap';
import { loadSodium, memzero, readySodium } from './sodium';
import { decodeWrapped, encodeWrapped, parseVaultHeader, type VaultHeader } from './vault-header';
import { checkKeys, openWithDataKey, type OpenedVault, type VaultKeys } from './vault-keys';

/** HKDF info: names the purpose and versions the scheme, so a change can bump `v1`. */
const PASSKEY_KEY_INFO = 'stekboek-vault|passkey-wrap-v1';
/** Authenticators return 32 bytes (HMAC-SHA-256 of hmac-secret); less is not a key. */
const MIN_PRF_BYTES = 32;

/**
 * The fixed PRF input of a vault: SHA-256("stekboek-passkey|" + vaultId). Fixed, so every
 * unlock asks the authenticator the same question; per vault, so one passkey that serves
 * two vaults gives unrelated keys. Needs `loadSodium()`.
 */
export function passkeyPrfSalt(vaultId: string): Uint8Array {
	return readySodium().crypto_hash_sha256(utf8(`stekboek-passkey|${vaultId}`));
}

/** AAD of the passkey wrap: vault, scheme, slot and credential, so the slot cannot move. */
export function passkeyAad(vaultId: string, credentialId: string): string {
	return `stekboek-vault|${vaultId}|wrap-v1|passkey|${credentialId}`;
}

/** The wrapping key: HKDF-SHA-256 over the PRF output, salted with the vault's PRF input. */
function passkeyKey(prfOutput: Uint8Array, vaultId: string): Uint8Array {
	if (prfOutput.length < MIN_PRF_BYTES) throw new WrongPasskeyError();
	return hkdfSha256(prfOutput, passkeyPrfSalt(vaultId), PASSKEY_KEY_INFO);
}

/**
 * A header with the data key also wrapped for the passkey `credentialId`, replacing any
 * earlier passkey slot. Checks first that `keys` open this header, so a slot never holds
 * a key of another (or an older, rotated) vault. The caller zeroes `prfOutput`.
 */
export async function addPasskeySlot(
	header: VaultHeader,
	keys: Pick<VaultKeys, 'dataKey'>,
	credentialId: Uint8Array,
	prfOutput: Uint8Array
): Promise<VaultHeader> {
	const valid = parseVaultHeader(header);
	await loadSodium();
	checkKeys(valid, keys);
	const id = toBase64(credentialId);
	const key = passkeyKey(prfOutput, valid.vaultId);
	try {
		const wrapped = wrapKey(key, keys.dataKey, passkeyAad(valid.vaultId, id));
		return { ...valid, passkey: { credentialId: id, wrappedDataKey: encodeWrapped(wrapped) } };
	} finally {
		memzero(key);
	}
}

/** The header without its passkey slot: only the passphrase opens it. */
export function removePasskeySlot(header: VaultHeader): VaultHeader {
	const rest = { ...parseVaultHeader(header) };
	delete rest.passkey;
	return rest;
}

/** The credential id the lock screen asks the browser for, or null without a slot. */
export function passkeyCredentialId(header: VaultHeader): Uint8Array | null {
	const slot = parseVaultHeader(header).passkey;
	return slot ? fromBase64(slot.credentialId) : null;
}

/**
 * Opens the vault with a passkey's PRF output. Throws `WrongPasskeyError` when there is no
 * slot or the derived key does not unwrap the data key, and `VaultHeaderError('tampered')`
 * when the private key fails under it. The derived key is zeroed; the caller zeroes `prfOutput`.
 */
export async function openVaultWithPasskey(
	header: VaultHeader,
	prfOutput: Uint8Array
): Promise<OpenedVault> {
	const valid = parseVaultHeader(header);
	if (!valid.passkey) throw new WrongPasskeyError();
	await loadSodium();
	const key = passkeyKey(prfOutput, valid.vaultId);
	let dataKey: Uint8Array;
	try {
		const aad = passkeyAad(valid.vaultId, valid.passkey.credentialId);
		dataKey = unwrapKey(key, decodeWrapped(valid.passkey.wrappedDataKey), aad);
	} catch (error) {
		throw error instanceof DecryptionError ? new WrongPasskeyError() : error;
	} finally {
		memzero(key);
	}
	return openWithDataKey(valid, dataKey);
}
