import { TamperedError, TruncatedError } from './errors';
import { memzero, readySodium } from './sodium';

/** 64 KiB chunks (security.md): small enough to bound memory per step, big enough to be fast. */
export const STREAM_CHUNK_BYTES = 64 * 1024;
/** Each chunk is framed by its ciphertext length as a big-endian u32, so a reader can split. */
const LENGTH_BYTES = 4;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;

/**
 * Encrypts `plaintext` with `crypto_secretstream_xchacha20poly1305`. Layout:
 * `[24-byte stream header][u32 length][chunk]...`, every chunk tagged MESSAGE except the last,
 * tagged FINAL (an empty plaintext still gets one FINAL chunk), so a cut-off file is detected.
 * `aad` (the file's clear header) is bound to EVERY chunk, not just the first: it costs
 * ~100 bytes of MAC input per 64 KiB, and each chunk then authenticates the header on its
 * own, without leaning on the stream's state chaining for that guarantee.
 */
export function encryptStream(
	key: Uint8Array,
	aad: Uint8Array,
	plaintext: Uint8Array,
	chunkSize = STREAM_CHUNK_BYTES
): Uint8Array {
	if (!Number.isSafeInteger(chunkSize) || chunkSize < 1 || chunkSize > MAX_CHUNK_BYTES) {
		throw new RangeError(`chunkSize must be 1..${MAX_CHUNK_BYTES}`);
	}
	const sodium = readySodium();
	const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
	const chunks = Math.max(1, Math.ceil(plaintext.length / chunkSize));
	const overhead = LENGTH_BYTES + sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
	const out = new Uint8Array(header.length + chunks * overhead + plaintext.length);
	const view = new DataView(out.buffer);
	out.set(header);
	let offset = header.length;
	for (let index = 0; index < chunks; index++) {
		const chunk = plaintext.subarray(index * chunkSize, (index + 1) * chunkSize);
		const tag =
			index === chunks - 1
				? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
				: sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
		const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, chunk, aad, tag);
		view.setUint32(offset, sealed.length);
		out.set(sealed, offset + LENGTH_BYTES);
		offset += LENGTH_BYTES + sealed.length;
	}
	return out;
}

/**
 * Decrypts a stream from `encryptStream`, authenticating every chunk before returning
 * anything. Throws `TruncatedError` if it ends before a FINAL chunk, `TamperedError` for a
 * chunk that fails to authenticate (chunk 0: most likely a wrong key), an unknown tag, or
 * bytes after FINAL. On failure, plaintext decrypted so far is zeroed, never returned.
 */
export function decryptStream(key: Uint8Array, aad: Uint8Array, stream: Uint8Array): Uint8Array {
	const sodium = readySodium();
	const headerBytes = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
	const abytes = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
	if (stream.length < headerBytes) throw new TruncatedError();
	const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(
		stream.subarray(0, headerBytes),
		key
	);
	const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
	const parts: Uint8Array[] = [];
	try {
		let offset = headerBytes;
		for (let index = 0; ; index++) {
			if (offset + LENGTH_BYTES > stream.length) throw new TruncatedError();
			const length = view.getUint32(offset);
			offset += LENGTH_BYTES;
			if (length < abytes) throw new TamperedError(index, 'framing');
			if (offset + length > stream.length) throw new TruncatedError();
			const cipher = stream.subarray(offset, offset + length);
			offset += length;
			const result = sodium.crypto_secretstream_xchacha20poly1305_pull(state, cipher, aad);
			if (!result) throw new TamperedError(index, 'auth');
			parts.push(result.message);
			if (result.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
				if (offset !== stream.length) throw new TamperedError(index, 'trailing-data');
				return concat(parts);
			}
			if (result.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
				throw new TamperedError(index, 'framing');
			}
		}
	} finally {
		parts.forEach(memzero);
	}
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}
