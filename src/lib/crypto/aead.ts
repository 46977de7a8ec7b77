import { randomBytes, utf8 } from './bytes';
import { DecryptionError } from './errors';
import { readySodium } from './sodium';

/** 24 bytes: XChaCha20's nonce is long enough that random nonces never collide in practice. */
export const NONCE_BYTES = 24;

/** Where a record lives. All three are bound into the AAD of its ciphertext. */
export type RecordRef = { table: string; id: string; schemaVersion: number };

/** What is stored in clear next to the row's id: never reuse a nonce under the same key. */
export type EncryptedRecord = { nonce: Uint8Array; ciphertext: Uint8Array };

/**
 * AAD `table|id|schemaVersion`, so a ciphertext copied to another row, table or version
 * fails to authenticate. `|` is refused inside parts so two refs can never share one AAD.
 */
export function recordAad(ref: RecordRef): Uint8Array {
	return utf8(aadText(ref));
}

function aadText({ table, id, schemaVersion }: RecordRef): string {
	if (table.includes('|') || id.includes('|') || !Number.isSafeInteger(schemaVersion)) {
		throw new TypeError('record ref parts must not contain "|"; version must be an integer');
	}
	return `${table}|${id}|${schemaVersion}`;
}

const encoder = new TextEncoder();
const scratch = new Uint8Array(512);

/**
 * `recordAad` written into one reused buffer, for the record ciphers only: they copy the
 * AAD into wasm memory before the next call can overwrite it, so the view is never kept.
 * Unlock builds 10,000 AADs; allocating each cost more than a tenth of decrypting it.
 */
export function transientAad(ref: RecordRef): Uint8Array {
	const text = aadText(ref);
	const { read, written } = encoder.encodeInto(text, scratch);
	return read === text.length ? scratch.subarray(0, written) : utf8(text);
}

/**
 * Encrypts one record with XChaCha20-Poly1305-IETF under the data key. Synchronous (needs
 * `loadSodium()` resolved once, which unlock does) so bulk writes have no await per record.
 * The nonce comes from `crypto.getRandomValues`, ~25x faster than libsodium's generator.
 */
export function encryptRecord(
	key: Uint8Array,
	ref: RecordRef,
	plaintext: Uint8Array
): EncryptedRecord {
	const sodium = readySodium();
	const nonce = randomBytes(NONCE_BYTES);
	const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
		plaintext,
		transientAad(ref),
		null, // no secret nonce: this construction does not use one
		nonce,
		key
	);
	return { nonce, ciphertext };
}

/**
 * Decrypts one record; throws `DecryptionError` for a wrong key, a changed byte in nonce or
 * ciphertext, or a ref (table, id, version) other than the one it was written under.
 */
export function decryptRecord(
	key: Uint8Array,
	ref: RecordRef,
	nonce: Uint8Array,
	ciphertext: Uint8Array
): Uint8Array {
	const sodium = readySodium();
	const aad = transientAad(ref);
	try {
		return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ciphertext, aad, nonce, key);
	} catch {
		throw new DecryptionError();
	}
}
