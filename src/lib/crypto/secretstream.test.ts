import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes, utf8 } from './bytes';
import { TamperedError, TruncatedError } from './errors';
import { decryptStream, encryptStream, STREAM_CHUNK_BYTES } from './secretstream';
import { loadSodium } from './sodium';

const key = randomBytes(32);
const aad = utf8('STEKBOEK|1|argon2id13|salt');
const HEADER = 24;
const FRAME = 4 + 17;

/** Byte offsets where each framed chunk starts, read from the length prefixes. */
function frameStarts(stream: Uint8Array): number[] {
	const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
	const starts: number[] = [];
	for (let offset = HEADER; offset < stream.length; offset += 4 + view.getUint32(offset)) {
		starts.push(offset);
	}
	return starts;
}

function refusal(stream: Uint8Array, withKey = key, withAad = aad): unknown {
	try {
		decryptStream(withKey, withAad, stream);
	} catch (error) {
		return error;
	}
	throw new Error('stream was accepted');
}

beforeAll(async () => {
	await loadSodium();
});

describe('encryptStream / decryptStream', () => {
	it('round-trips every size around the chunk boundary', () => {
		for (const size of [0, 1, 99, 100, 101, 250, 1000]) {
			const plaintext = randomBytes(size);
			const stream = encryptStream(key, aad, plaintext, 100);
			expect(frameStarts(stream)).toHaveLength(Math.max(1, Math.ceil(size / 100)));
			expect(stream.length).toBe(HEADER + frameStarts(stream).length * FRAME + size);
			expect(decryptStream(key, aad, stream)).toEqual(plaintext);
		}
	});

	it('round-trips a backup-sized payload in 64 KiB chunks', () => {
		const plaintext = randomBytes(3 * STREAM_CHUNK_BYTES + 123);
		const stream = encryptStream(key, aad, plaintext);
		expect(frameStarts(stream)).toHaveLength(4);
		expect(decryptStream(key, aad, stream)).toEqual(plaintext);
	});

	it('refuses a backup whose last chunk was cut off', () => {
		const stream = encryptStream(key, aad, randomBytes(350), 100);
		const last = frameStarts(stream).at(-1) ?? 0;
		expect(refusal(stream.subarray(0, last))).toBeInstanceOf(TruncatedError);
		expect(refusal(stream.subarray(0, HEADER))).toBeInstanceOf(TruncatedError);
	});

	it('refuses every truncation, at any byte', () => {
		const stream = encryptStream(key, aad, randomBytes(250), 100);
		for (let length = 0; length < stream.length; length++) {
			const error = refusal(stream.subarray(0, length));
			expect(error instanceof TruncatedError || error instanceof TamperedError).toBe(true);
		}
	});

	it('refuses a single flipped bit anywhere in the file', () => {
		const stream = encryptStream(key, aad, randomBytes(250), 100);
		for (let index = 0; index < stream.length; index++) {
			const tampered = stream.slice();
			tampered[index] = (tampered[index] ?? 0) ^ 0x04;
			const error = refusal(tampered);
			expect(error instanceof TruncatedError || error instanceof TamperedError).toBe(true);
		}
	});

	it('refuses data appended after the final chunk', () => {
		const stream = encryptStream(key, aad, randomBytes(250), 100);
		const extended = new Uint8Array(stream.length + 1);
		extended.set(stream);
		expect(refusal(extended)).toMatchObject({ reason: 'trailing-data' });
		const doubled = new Uint8Array(stream.length * 2);
		doubled.set(stream);
		doubled.set(stream, stream.length);
		expect(refusal(doubled)).toBeInstanceOf(TamperedError);
	});

	it('refuses a wrong key at the first chunk', () => {
		const stream = encryptStream(key, aad, randomBytes(250), 100);
		expect(refusal(stream, randomBytes(32))).toMatchObject({ chunkIndex: 0, reason: 'auth' });
	});

	it('refuses a changed clear header, since it is bound to every chunk', () => {
		const stream = encryptStream(key, aad, randomBytes(250), 100);
		expect(refusal(stream, key, utf8('STEKBOEK|2|argon2id13|salt'))).toBeInstanceOf(TamperedError);
	});

	it('refuses reordered chunks and chunks spliced in from another backup', () => {
		const stream = encryptStream(key, aad, randomBytes(300), 100);
		const [a = 0, b = 0, c = 0] = frameStarts(stream);
		const reordered = new Uint8Array(stream.length);
		reordered.set(stream.subarray(0, a));
		reordered.set(stream.subarray(b, c), a);
		reordered.set(stream.subarray(a, b), a + (c - b));
		reordered.set(stream.subarray(c), c);
		expect(refusal(reordered)).toMatchObject({ chunkIndex: 0, reason: 'auth' });
		const other = encryptStream(key, aad, randomBytes(300), 100);
		const spliced = stream.slice();
		spliced.set(other.subarray(b, c), b);
		expect(refusal(spliced)).toMatchObject({ chunkIndex: 1, reason: 'auth' });
	});

	it('refuses a chunk size out of range', () => {
		expect(() => encryptStream(key, aad, randomBytes(10), 0)).toThrow(RangeError);
		expect(() => encryptStream(key, aad, randomBytes(10), 1.5)).toThrow(RangeError);
	});
});
