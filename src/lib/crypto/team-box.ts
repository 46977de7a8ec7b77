import { NONCE_BYTES, type EncryptedRecord } from './aead';
import { randomBytes } from './bytes';
import { DecryptionError } from './errors';
import { loadSodium } from './sodium';

/** A sealed payload: the random nonce and the ciphertext with its 16-byte Poly1305 tag. */
export type SealedPayload = EncryptedRecord;

/** Bytes added to the plaintext by XChaCha20-Poly1305: the authentication tag. */
export const SEAL_TAG_BYTES = 16;

/**
 * Encrypts `plaintext` under a 32-byte key with XChaCha20-Poly1305-IETF and a fresh random
 * 24-byte nonce. `aad` is authenticated but not encrypted: callers bind into it whatever
 * names the file (format, version, KDF parameters) so no header field can be swapped.
 * Async so it can load libsodium itself: the caller need not know whether an unlock did.
 */
export async function sealWithKey(
	key: Uint8Array,
	plaintext: Uint8Array,
	aad: Uint8Array
): Promise<SealedPayload> {
	const sodium = await loadSodium();
	const nonce = randomBytes(NONCE_BYTES);
	const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
		plaintext,
		aad,
		null, // no secret nonce: this construction does not use one
		nonce,
		key
	);
	return { nonce, ciphertext };
}

/**
 * Reverses `sealWithKey`. Throws `DecryptionError` for a wrong key (wrong passphrase),
 * other AAD, a nonce of the wrong length or any changed byte; never returns unauthenticated data.
 */
export async function openWithKey(
	key: Uint8Array,
	sealed: SealedPayload,
	aad: Uint8Array
): Promise<Uint8Array> {
	const sodium = await loadSodium();
	if (sealed.nonce.length !== NONCE_BYTES || sealed.ciphertext.length < SEAL_TAG_BYTES)
		throw new DecryptionError('sealed payload has a malformed nonce or is too short');
	try {
		return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
			null,
			sealed.ciphertext,
			aad,
			sealed.nonce,
			key
		);
	} catch {
		throw new DecryptionError();
	}
}
