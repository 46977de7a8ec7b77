import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decryptRecord, encryptRecord, type RecordRef } from './aead';
import { randomBytes } from './bytes';
import { DecryptionError } from './errors';
import { RecordDecryptor } from './record-decryptor';
import { loadSodium } from './sodium';

const key = randomBytes(32);
const ref: RecordRef = { table: 'stekboek-item', id: 'row-1', schemaVersion: 2 };

beforeAll(async () => {
	await loadSodium();
});

describe('RecordDecryptor', () => {
	it('opens what decryptRecord opens, for any size in any order', () => {
		const decryptor = new RecordDecryptor(key);
		try {
			fc.assert(
				fc.property(
					fc.uint8Array({ maxLength: 5000 }),
					fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
					(plaintext, id) => {
						const at = { ...ref, id };
						const { nonce, ciphertext } = encryptRecord(key, at, plaintext);
						const opened = decryptor.decryptTransient(at, nonce, ciphertext);
						expect(opened).toEqual(decryptRecord(key, at, nonce, ciphertext));
						expect(opened).toEqual(plaintext);
					}
				),
				{ numRuns: 300 }
			);
		} finally {
			decryptor.dispose();
		}
	});

	it('refuses what decryptRecord refuses, and goes on opening good rows after', () => {
		const decryptor = new RecordDecryptor(key);
		const plaintext = randomBytes(700);
		const { nonce, ciphertext } = encryptRecord(key, ref, plaintext);
		const flipped = ciphertext.slice();
		flipped[10]! ^= 1;
		const refusals: [RecordRef, Uint8Array, Uint8Array][] = [
			[ref, nonce, flipped],
			[{ ...ref, id: 'row-2' }, nonce, ciphertext],
			[{ ...ref, schemaVersion: 3 }, nonce, ciphertext],
			[ref, nonce.subarray(1), ciphertext],
			[ref, nonce, ciphertext.subarray(0, 15)],
			[ref, randomBytes(24), ciphertext]
		];
		for (const [at, n, c] of refusals) {
			expect(() => decryptor.decryptTransient(at, n, c)).toThrow(DecryptionError);
			expect(() => decryptRecord(key, at, n, c)).toThrow(DecryptionError);
		}
		expect(decryptor.decryptTransient(ref, nonce, ciphertext)).toEqual(plaintext);
		decryptor.dispose();
	});

	it('refuses another key, and refuses to work after dispose', () => {
		const { nonce, ciphertext } = encryptRecord(key, ref, randomBytes(100));
		const other = new RecordDecryptor(randomBytes(32));
		expect(() => other.decryptTransient(ref, nonce, ciphertext)).toThrow(DecryptionError);
		other.dispose();
		expect(() => other.decryptTransient(ref, nonce, ciphertext)).toThrow(/after dispose/);
		expect(() => new RecordDecryptor(randomBytes(16))).toThrow(TypeError);
	});

	it('returns a view that the next call overwrites, so callers must read it at once', () => {
		const decryptor = new RecordDecryptor(key);
		const first = encryptRecord(key, ref, new Uint8Array(64).fill(1));
		const second = encryptRecord(key, ref, new Uint8Array(64).fill(2));
		const view = decryptor.decryptTransient(ref, first.nonce, first.ciphertext);
		decryptor.decryptTransient(ref, second.nonce, second.ciphertext);
		expect(view[0]).toBe(2);
		decryptor.dispose();
	});
});
