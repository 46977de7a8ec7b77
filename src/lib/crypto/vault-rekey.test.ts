import { beforeAll, describe, expect, it } from 'vitest';
import { encryptRecord, decryptRecord } from './aead';
import { DecryptionError, WrongPassphraseError } from './errors';
import { KDF_FLOOR } from './kdf';
import { openSealed, sealForVault } from './sealed-box';
import { rekeyVault } from './vault-rekey';
import { createVault, unlockVault, type VaultKeys } from './vault-keys';
import type { VaultHeader } from './vault-header';

const passphrase = 'lange zin voor de stek';
let header: VaultHeader;
let keys: VaultKeys;

beforeAll(async () => {
	({ header, keys } = await createVault(passphrase, KDF_FLOOR));
});

describe('rekeyVault', () => {
	it('makes a new data key and key pair under the same vault id and passphrase', async () => {
		const next = await rekeyVault(header, keys, passphrase, KDF_FLOOR);
		expect(next.header.vaultId).toBe(header.vaultId);
		expect(next.header.kdf.salt).not.toBe(header.kdf.salt);
		expect(next.keys.dataKey).not.toEqual(keys.dataKey);
		expect(next.keys.publicKey).not.toEqual(keys.publicKey);
		const opened = await unlockVault(next.header, passphrase);
		expect(opened.dataKey).toEqual(next.keys.dataKey);
		expect(opened.privateKey).toEqual(next.keys.privateKey);
	});

	it('leaves the old data key and private key unable to open anything written later', async () => {
		const next = await rekeyVault(header, keys, 'een nieuwe lange zin', KDF_FLOOR);
		const ref = { table: 't', id: 'x', schemaVersion: 1 };
		const later = encryptRecord(next.keys.dataKey, ref, new Uint8Array([1, 2, 3]));
		expect(() => decryptRecord(keys.dataKey, ref, later.nonce, later.ciphertext)).toThrow(
			DecryptionError
		);
		const sealed = sealForVault(next.keys.publicKey, new Uint8Array([4]));
		expect(() => openSealed(keys, sealed)).toThrow();
		expect(openSealed(next.keys, sealed)).toEqual(new Uint8Array([4]));
		await expect(unlockVault(next.header, passphrase)).rejects.toThrow(WrongPassphraseError);
	});

	it('refuses keys that belong to another vault', async () => {
		const { keys: other } = await createVault('een andere lange zin', KDF_FLOOR);
		await expect(rekeyVault(header, other, passphrase, KDF_FLOOR)).rejects.toMatchObject({
			reason: 'wrong-keys'
		});
	});
});
