import { utf8 } from './bytes';
import { memzero, readySodium } from './sodium';

/** HKDF-SHA-256 output length used here: one HMAC block, a 256-bit key. */
export const HKDF_KEY_BYTES = 32;

/**
 * HKDF-SHA-256 (RFC 5869) for one 32-byte output key, built from libsodium's HMAC-SHA-256
 * because the wrappers do not expose `crypto_kdf_hkdf_sha256_*`. Extract: PRK =
 * HMAC(salt, ikm); expand for a single block: OKM = HMAC(PRK, info || 0x01). The salt must
 * be 32 bytes (libsodium's HMAC key size); the PRK is zeroed before returning.
 */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: string): Uint8Array {
	const sodium = readySodium();
	if (salt.length !== sodium.crypto_auth_hmacsha256_KEYBYTES) {
		throw new RangeError('HKDF salt must be 32 bytes');
	}
	const prk = sodium.crypto_auth_hmacsha256(ikm, salt);
	const infoBytes = utf8(info);
	const block = new Uint8Array(infoBytes.length + 1);
	block.set(infoBytes);
	block[infoBytes.length] = 0x01;
	try {
		return sodium.crypto_auth_hmacsha256(block, prk);
	} finally {
		memzero(prk);
	}
}
