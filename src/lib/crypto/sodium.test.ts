import { describe, expect, it } from 'vitest';
import { encryptRecord } from './aead';
import { loadSodium, memzero, readySodium } from './sodium';

describe('loadSodium', () => {
	it('refuses synchronous crypto before libsodium has loaded', () => {
		expect(() => readySodium()).toThrow(/loadSodium/);
		const ref = { table: 'person', id: 'abcdefgh', schemaVersion: 1 };
		expect(() => encryptRecord(new Uint8Array(32), ref, new Uint8Array(1))).toThrow(/loadSodium/);
	});

	it('loads libsodium once and hands every caller the same instance', async () => {
		const [first, second] = await Promise.all([loadSodium(), loadSodium()]);
		expect(first).toBe(second);
		expect(readySodium()).toBe(first);
		expect(typeof first.crypto_pwhash).toBe('function');
	});
});

describe('memzero', () => {
	it('overwrites every byte with zero', () => {
		const bytes = Uint8Array.from([1, 2, 3, 255]);
		memzero(bytes);
		expect([...bytes]).toEqual([0, 0, 0, 0]);
	});
});
