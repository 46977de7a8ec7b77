import { describe, expect, it } from 'vitest';
import { NONCE_BYTES } from './aead';
import { randomBytes, utf8 } from './bytes';
import { DecryptionError } from './errors';
import { openWithKey, SEAL_TAG_BYTES, sealWithKey } from './team-box';

const aad = utf8('stekboek-team|v1');

describe('sealWithKey / openWithKey', () => {
	it('opens what it sealed, with a fresh nonce each time', async () => {
		const key = randomBytes(32);
		const plaintext = utf8('{"counts":[1,2,3]}');
		const first = await sealWithKey(key, plaintext, aad);
		const second = await sealWithKey(key, plaintext, aad);
		expect(first.nonce).toHaveLength(NONCE_BYTES);
		expect(first.ciphertext).toHaveLength(plaintext.length + SEAL_TAG_BYTES);
		expect(first.nonce).not.toEqual(second.nonce);
		expect(await openWithKey(key, first, aad)).toEqual(plaintext);
	});

	it('refuses another key', async () => {
		const sealed = await sealWithKey(randomBytes(32), utf8('x'), aad);
		await expect(openWithKey(randomBytes(32), sealed, aad)).rejects.toThrow(DecryptionError);
	});

	it('refuses other associated data, so format and version cannot be swapped', async () => {
		const key = randomBytes(32);
		const sealed = await sealWithKey(key, utf8('x'), aad);
		await expect(openWithKey(key, sealed, utf8('stekboek-team|v2'))).rejects.toThrow(
			DecryptionError
		);
	});

	it('refuses a flipped bit anywhere in nonce or ciphertext', async () => {
		const key = randomBytes(32);
		const sealed = await sealWithKey(key, utf8('some figures'), aad);
		for (const part of ['nonce', 'ciphertext'] as const)
			for (let at = 0; at < sealed[part].length; at += 5) {
				const changed = { ...sealed, [part]: sealed[part].slice() };
				changed[part][at]! ^= 0x01;
				await expect(openWithKey(key, changed, aad)).rejects.toThrow(DecryptionError);
			}
	});

	it('refuses a short nonce or a ciphertext shorter than its tag without reaching libsodium', async () => {
		const key = randomBytes(32);
		const sealed = await sealWithKey(key, utf8('x'), aad);
		await expect(
			openWithKey(key, { ...sealed, nonce: sealed.nonce.slice(1) }, aad)
		).rejects.toThrow(DecryptionError);
		await expect(
			openWithKey(key, { ...sealed, ciphertext: new Uint8Array(5) }, aad)
		).rejects.toThrow(DecryptionError);
	});
});
