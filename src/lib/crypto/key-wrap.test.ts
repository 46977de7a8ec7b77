import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from './bytes';
import { DecryptionError } from './errors';
import { unwrapKey, wrapKey } from './key-wrap';
import { loadSodium } from './sodium';

const aad = 'stekboek-vault|vault-a|wrap-v1|data-key';

beforeAll(async () => {
	await loadSodium();
});

describe('wrapKey / unwrapKey', () => {
	it('unwraps the key it wrapped', () => {
		const wrappingKey = randomBytes(32);
		const dataKey = randomBytes(32);
		const wrapped = wrapKey(wrappingKey, dataKey, aad);
		expect(wrapped.ciphertext).not.toEqual(dataKey);
		expect(unwrapKey(wrappingKey, wrapped, aad)).toEqual(dataKey);
	});

	it('refuses another wrapping key', () => {
		const wrapped = wrapKey(randomBytes(32), randomBytes(32), aad);
		expect(() => unwrapKey(randomBytes(32), wrapped, aad)).toThrow(DecryptionError);
	});

	it('refuses a wrap replayed into another vault, slot or wrap version', () => {
		const wrappingKey = randomBytes(32);
		const wrapped = wrapKey(wrappingKey, randomBytes(32), aad);
		for (const other of [
			'stekboek-vault|vault-b|wrap-v1|data-key',
			'stekboek-vault|vault-a|wrap-v1|private-key',
			'stekboek-vault|vault-a|wrap-v2|data-key'
		]) {
			expect(() => unwrapKey(wrappingKey, wrapped, other)).toThrow(DecryptionError);
		}
	});

	it('refuses a tampered wrapped key or nonce', () => {
		const wrappingKey = randomBytes(32);
		const wrapped = wrapKey(wrappingKey, randomBytes(32), aad);
		const ciphertext = wrapped.ciphertext.slice();
		ciphertext[3] = (ciphertext[3] ?? 0) ^ 0x80;
		const nonce = wrapped.nonce.slice();
		nonce[0] = (nonce[0] ?? 0) ^ 0x01;
		expect(() => unwrapKey(wrappingKey, { ...wrapped, ciphertext }, aad)).toThrow(DecryptionError);
		expect(() => unwrapKey(wrappingKey, { ...wrapped, nonce }, aad)).toThrow(DecryptionError);
	});
});
