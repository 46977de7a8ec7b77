import { z } from 'zod';

/** `crypto.getRandomValues` fills at most this many bytes per call (Web Crypto limit). */
const RANDOM_CHUNK = 65_536;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
const encoder = new TextEncoder();

/**
 * Cryptographically random bytes from `crypto.getRandomValues`: about 25x faster here than
 * libsodium's `randombytes_buf`, which matters for one nonce per record.
 */
export function randomBytes(length: number): Uint8Array {
	const bytes = new Uint8Array(length);
	for (let offset = 0; offset < length; offset += RANDOM_CHUNK) {
		crypto.getRandomValues(bytes.subarray(offset, offset + RANDOM_CHUNK));
	}
	return bytes;
}

/** UTF-8 bytes of a string (AAD, passphrases); one shared encoder for the hot path. */
export function utf8(text: string): Uint8Array {
	return encoder.encode(text);
}

/**
 * Base64url without padding (RFC 4648 §5): safe in JSON, file names and URLs alike.
 * Plain JS so headers can be encoded and checked before libsodium has loaded.
 */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url without padding; returns undefined for anything non-canonical. */
export function tryFromBase64(text: string): Uint8Array | undefined {
	if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
	// Refuse spare bits set in the last character, so each byte string has one spelling.
	return toBase64(bytes) === text ? bytes : undefined;
}

/** Decodes base64url without padding; throws on bad input (use after schema validation). */
export function fromBase64(text: string): Uint8Array {
	const bytes = tryFromBase64(text);
	if (!bytes) throw new TypeError('not canonical unpadded base64url');
	return bytes;
}

/** Zod schema for a base64url string that decodes to exactly `length` bytes (or any length). */
export function base64BytesSchema(length?: number) {
	return z.string().refine(
		(text) => {
			const bytes = tryFromBase64(text);
			return bytes !== undefined && (length === undefined || bytes.length === length);
		},
		`expected base64url of ${length ?? 'some'} bytes`
	);
}
