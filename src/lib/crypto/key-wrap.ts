import { randomBytes, utf8 } from './bytes';
import { DecryptionError } from './errors';
import { readySodium } from './sodium';
import { NONCE_BYTES, type EncryptedRecord } from './aead';

/** A key encrypted under another key; same shape as an encrypted record. */
export type WrappedKey = EncryptedRecord;

/**
 * Encrypts `keyToWrap` under `wrappingKey` with XChaCha20-Poly1305. The AAD names what is
 * wrapped and where (e.g. `stekboek-vault|<vaultId>|wrap-v1|data-key`), so a wrapped key
 * cannot be replayed into another vault or slot, and a format change can bump `wrap-v1`.
 */
export function wrapKey(wrappingKey: Uint8Array, keyToWrap: Uint8Array, aad: string): WrappedKey {
	const sodium = readySodium();
	const nonce = randomBytes(NONCE_BYTES);
	const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
		keyToWrap,
		utf8(aad),
		null,
		nonce,
		wrappingKey
	);
	return { nonce, ciphertext };
}

/** Reverses `wrapKey`; throws `DecryptionError` if key, bytes or AAD differ in any way. */
export function unwrapKey(wrappingKey: Uint8Array, wrapped: WrappedKey, aad: string): Uint8Array {
	const sodium = readySodium();
	try {
		return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
			null,
			wrapped.ciphertext,
			utf8(aad),
			wrapped.nonce,
			wrappingKey
		);
	} catch {
		throw new DecryptionError('wrapped key failed to authenticate');
	}
}
