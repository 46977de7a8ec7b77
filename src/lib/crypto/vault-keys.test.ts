import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';
import { KdfDowngradeError, VaultHeaderError, WrongPassphraseError } from './errors';
import { DEFAULT_KDF_COST, KDF_FLOOR } from './kdf';
import {
	createVault,
	forgetKeys,
	openVault,
	rewrapVault,
	unlockVault,
	type VaultKeys
} from './vault-keys';
import { vaultHeaderSchema, type VaultHeader } from './vault-header';

const passphrase = 'lange zin voor de stek';
let header: VaultHeader;
let keys: VaultKeys;

/** Flips one bit inside a base64url field, keeping it well formed. */
function flipped(text: string): string {
	const bytes = fromBase64(text);
	bytes[0] = (bytes[0] ?? 0) ^ 0x01;
	return toBase64(bytes);
}

beforeAll(async () => {
	({ header, keys } = await createVault(passphrase, KDF_FLOOR));
});

describe('createVault / unlockVault', () => {
	it('writes a header that passes its schema and survives a JSON round trip', () => {
		expect(vaultHeaderSchema.parse(JSON.parse(JSON.stringify(header)))).toEqual(header);
		expect(header.kdf).toMatchObject(KDF_FLOOR);
		const clear = JSON.stringify(header);
		expect(clear).not.toContain(toBase64(keys.dataKey));
		expect(clear).not.toContain(toBase64(keys.privateKey));
	});

	it('unlocks with the passphrase and returns the same keys', async () => {
		const unlocked = await unlockVault(header, passphrase);
		expect(unlocked.dataKey).toEqual(keys.dataKey);
		expect(unlocked.privateKey).toEqual(keys.privateKey);
		expect(unlocked.publicKey).toEqual(keys.publicKey);
	});

	it('throws WrongPassphraseError for a wrong passphrase', async () => {
		await expect(unlockVault(header, 'lange zin voor de stek!')).rejects.toThrow(
			WrongPassphraseError
		);
	});

	it('refuses a header whose KDF cost is below the floor', async () => {
		const downgraded = { ...header, kdf: { ...header.kdf, memLimitBytes: 1024 * 1024 } };
		await expect(unlockVault(downgraded, passphrase)).rejects.toThrow(KdfDowngradeError);
	});

	it('refuses a header whose KDF cost is above the ceiling', async () => {
		const hanging = { ...header, kdf: { ...header.kdf, opsLimit: 10_000 } };
		await expect(unlockVault(hanging, passphrase)).rejects.toThrow(KdfDowngradeError);
	});

	it('refuses a malformed header', async () => {
		const bad: unknown[] = [
			{ ...header, version: 2 },
			{ ...header, format: 'stekboek-backup' },
			{ ...header, vaultId: 'a|b|c|d|e' },
			{ ...header, publicKey: toBase64(new Uint8Array(31)) },
			{ ...header, wrappedDataKey: { ...header.wrappedDataKey, nonce: 'AAAA' } }
		];
		for (const candidate of bad) {
			await expect(unlockVault(candidate as VaultHeader, passphrase)).rejects.toThrow(
				VaultHeaderError
			);
		}
	});

	it('treats a tampered wrapped data key or a changed vault id as a wrong passphrase', async () => {
		const ciphertext = flipped(header.wrappedDataKey.ciphertext);
		const tampered = { ...header, wrappedDataKey: { ...header.wrappedDataKey, ciphertext } };
		await expect(unlockVault(tampered, passphrase)).rejects.toThrow(WrongPassphraseError);
		const moved = { ...header, vaultId: crypto.randomUUID() };
		await expect(unlockVault(moved, passphrase)).rejects.toThrow(WrongPassphraseError);
	});

	it('repairs a clear public key that was swapped or flipped, from the private key', async () => {
		const { header: other } = await createVault('een andere lange zin', KDF_FLOOR);
		for (const publicKey of [other.publicKey, flipped(header.publicKey)]) {
			const opened = await openVault({ ...header, publicKey }, passphrase);
			expect(opened.keys.publicKey).toEqual(keys.publicKey);
			expect(opened.repairedHeader).toEqual(header);
		}
		expect((await openVault(header, passphrase)).repairedHeader).toBeNull();
	});

	it('refuses a header whose wrapped private key was tampered with', async () => {
		const nonce = flipped(header.wrappedPrivateKey.nonce);
		const tampered = { ...header, wrappedPrivateKey: { ...header.wrappedPrivateKey, nonce } };
		await expect(unlockVault(tampered, passphrase)).rejects.toMatchObject({ reason: 'tampered' });
	});

	it('creates and unlocks a vault at the real default cost', async () => {
		const real = await createVault(passphrase);
		expect(real.header.kdf).toMatchObject(DEFAULT_KDF_COST);
		expect((await unlockVault(real.header, passphrase)).dataKey).toEqual(real.keys.dataKey);
	});
});

describe('rewrapVault', () => {
	it('keeps the data key under a new passphrase and salt; the old one stops working', async () => {
		const next = 'een nieuwe lange zin';
		const rewrapped = await rewrapVault(header, keys, next, KDF_FLOOR);
		expect(rewrapped.kdf.salt).not.toBe(header.kdf.salt);
		expect(rewrapped.wrappedPrivateKey).toEqual(header.wrappedPrivateKey);
		expect((await unlockVault(rewrapped, next)).dataKey).toEqual(keys.dataKey);
		await expect(unlockVault(rewrapped, passphrase)).rejects.toThrow(WrongPassphraseError);
	});

	it('refuses keys that belong to another vault', async () => {
		const { keys: other } = await createVault('een andere lange zin', KDF_FLOOR);
		await expect(
			rewrapVault(header, other, 'een nieuwe lange zin', KDF_FLOOR)
		).rejects.toMatchObject({ reason: 'wrong-keys' });
	});

	it('refuses to rewrap below the KDF floor', async () => {
		const weak = { memLimitBytes: 1024 * 1024, opsLimit: 1 };
		await expect(rewrapVault(header, keys, 'een nieuwe lange zin', weak)).rejects.toThrow(
			KdfDowngradeError
		);
	});
});

describe('forgetKeys', () => {
	it('zeroes the data key and the private key', async () => {
		const unlocked = await unlockVault(header, passphrase);
		forgetKeys(unlocked);
		expect(unlocked.dataKey.every((byte) => byte === 0)).toBe(true);
		expect(unlocked.privateKey.every((byte) => byte === 0)).toBe(true);
		expect(unlocked.publicKey).toEqual(keys.publicKey);
	});
});
