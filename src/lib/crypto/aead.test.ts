import { beforeAll, describe, expect, it } from 'vitest';
import { decryptRecord, encryptRecord, recordAad, type RecordRef } from './aead';
import { randomBytes, utf8 } from './bytes';
import { DecryptionError } from './errors';
import { loadSodium, readySodium } from './sodium';

const key = randomBytes(32);
const ref: RecordRef = {
	table: 'person',
	id: 'f1c2a3b4-0000-4000-8000-000000000001',
	schemaVersion: 1
};
const plaintext = utf8(JSON.stringify({ alias: 'Sentinel-Zebra', note: 'geheim' }));

function flip(bytes: Uint8Array, index: number): Uint8Array {
	const copy = bytes.slice();
	copy[index] = (copy[index] ?? 0) ^ 0x01;
	return copy;
}

beforeAll(async () => {
	await loadSodium();
});

describe('encryptRecord / decryptRecord', () => {
	it('round-trips a record synchronously', () => {
		const sealed = encryptRecord(key, ref, plaintext);
		expect(sealed.nonce).toHaveLength(24);
		expect(sealed.ciphertext).toHaveLength(plaintext.length + 16);
		expect(decryptRecord(key, ref, sealed.nonce, sealed.ciphertext)).toEqual(plaintext);
	});

	it('uses a fresh nonce for every encryption of the same record', () => {
		const first = encryptRecord(key, ref, plaintext);
		const second = encryptRecord(key, ref, plaintext);
		expect(second.nonce).not.toEqual(first.nonce);
		expect(second.ciphertext).not.toEqual(first.ciphertext);
	});

	it('refuses a tampered ciphertext, tag or nonce', () => {
		const { nonce, ciphertext } = encryptRecord(key, ref, plaintext);
		expect(() => decryptRecord(key, ref, nonce, flip(ciphertext, 0))).toThrow(DecryptionError);
		const lastByte = ciphertext.length - 1;
		expect(() => decryptRecord(key, ref, nonce, flip(ciphertext, lastByte))).toThrow(
			DecryptionError
		);
		expect(() => decryptRecord(key, ref, flip(nonce, 5), ciphertext)).toThrow(DecryptionError);
		expect(() => decryptRecord(key, ref, nonce.subarray(1), ciphertext)).toThrow(DecryptionError);
		expect(() => decryptRecord(key, ref, nonce, ciphertext.subarray(0, 10))).toThrow(
			DecryptionError
		);
	});

	it('refuses a ciphertext moved to another row, table or schema version', () => {
		const { nonce, ciphertext } = encryptRecord(key, ref, plaintext);
		const moved: RecordRef[] = [
			{ ...ref, id: 'f1c2a3b4-0000-4000-8000-000000000002' },
			{ ...ref, table: 'contact' },
			{ ...ref, schemaVersion: 2 }
		];
		for (const other of moved) {
			expect(() => decryptRecord(key, other, nonce, ciphertext)).toThrow(DecryptionError);
		}
	});

	it('refuses decryption under another key', () => {
		const { nonce, ciphertext } = encryptRecord(key, ref, plaintext);
		expect(() => decryptRecord(randomBytes(32), ref, nonce, ciphertext)).toThrow(DecryptionError);
	});

	it('binds table, id and version as table|id|version and refuses ambiguous parts', () => {
		expect(new TextDecoder().decode(recordAad(ref))).toBe(`person|${ref.id}|1`);
		expect(() => recordAad({ ...ref, table: 'person|x' })).toThrow(TypeError);
		expect(() => recordAad({ ...ref, id: 'a|b' })).toThrow(TypeError);
		expect(() => recordAad({ ...ref, schemaVersion: 1.5 })).toThrow(TypeError);
	});

	it('binds recordAad(ref), also when a ref is too long for the reused buffer or not ASCII', () => {
		for (const id of [ref.id, 'x'.repeat(600), 'één-ß-😀'.repeat(40)]) {
			const long = { ...ref, id };
			// Sealed by libsodium itself with the public AAD: decryptRecord must agree.
			const nonceOut = randomBytes(24);
			const sealed = readySodium().crypto_aead_xchacha20poly1305_ietf_encrypt(
				plaintext,
				recordAad(long),
				null,
				nonceOut,
				key
			);
			expect(decryptRecord(key, long, nonceOut, sealed)).toEqual(plaintext);
			const { nonce, ciphertext } = encryptRecord(key, long, plaintext);
			expect(decryptRecord(key, long, nonce, ciphertext)).toEqual(plaintext);
			const shorter = { ...ref, id: id.slice(0, -1) };
			expect(() => decryptRecord(key, shorter, nonce, ciphertext)).toThrow(DecryptionError);
		}
	});

	it('decrypts 10,000 records of ~0.8 KB without awaiting per record', () => {
		const body = randomBytes(800);
		const rows = Array.from({ length: 10_000 }, (_, index) => {
			const rowRef = { ...ref, id: `row-${index}` };
			return { rowRef, ...encryptRecord(key, rowRef, body) };
		});
		const started = performance.now();
		for (const row of rows) decryptRecord(key, row.rowRef, row.nonce, row.ciphertext);
		const elapsed = performance.now() - started;
		// Generous bound against CI noise; it runs in ~50 ms here.
		expect(elapsed).toBeLessThan(1000);
	});
});
