import { webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import { hkdfSha256 } from './hkdf';
import { loadSodium } from './sodium';

beforeAll(async () => {
	await loadSodium();
});

/** The same derivation through WebCrypto's HKDF, an independent implementation. */
async function webCryptoHkdf(ikm: Uint8Array, salt: Uint8Array, info: string): Promise<Uint8Array> {
	const key = await webcrypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
	const params = { name: 'HKDF', hash: 'SHA-256', salt, info: new TextEncoder().encode(info) };
	return new Uint8Array(await webcrypto.subtle.deriveBits(params, key, 256));
}

describe('hkdfSha256', () => {
	it('matches WebCrypto HKDF-SHA-256 for random inputs', async () => {
		for (let round = 0; round < 20; round++) {
			const ikm = randomBytes(32);
			const salt = randomBytes(32);
			const info = `stekboek|test|${round}`;
			expect(hkdfSha256(ikm, salt, info)).toEqual(await webCryptoHkdf(ikm, salt, info));
		}
	});

	it('gives a different key for another salt or another info', () => {
		const ikm = randomBytes(32);
		const salt = randomBytes(32);
		const key = hkdfSha256(ikm, salt, 'a');
		expect(hkdfSha256(ikm, randomBytes(32), 'a')).not.toEqual(key);
		expect(hkdfSha256(ikm, salt, 'b')).not.toEqual(key);
	});

	it('refuses a salt that is not 32 bytes', () => {
		expect(() => hkdfSha256(randomBytes(32), randomBytes(16), 'a')).toThrow(RangeError);
	});
});
