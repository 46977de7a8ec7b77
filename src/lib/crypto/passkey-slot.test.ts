import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64, randomBytes, toBase64 } from './bytes';
import { VaultHeaderError, WrongPasskeyError } from './errors';
import { KDF_FLOOR } from './kdf';
import {
	addPasskeySlot,
	openVaultWithPasskey,
	passkeyCredentialId,
	passkeyPrfSalt,
	removePasskeySlot
} from './passkey-slot';
import { vaultHeaderSchema, type VaultHeader } from './vault-header';
import { createVault, openVault, rewrapVault, type VaultKeys } from './vault-keys';
import { rekeyVault } from './vault-rekey';

const passphrase = 'lange zin voor de stek';
let header: VaultHeader;
let keys: VaultKeys;
let other: { header: VaultHeader; keys: VaultKeys };
const credentialId = randomBytes(32);
const prf = randomBytes(32);

beforeAll(async () => {
	({ header, keys } = await createVault(passphrase, KDF_FLOOR));
	other = await createVault(passphrase, KDF_FLOOR);
});

describe('passkey slot', () => {
	it('opens the vault with the PRF output and gives the same keys as the passphrase', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const opened = await openVaultWithPasskey(withSlot, prf);
		expect(opened.keys.dataKey).toEqual(keys.dataKey);
		expect(opened.keys.privateKey).toEqual(keys.privateKey);
		expect(opened.repairedHeader).toBeNull();
		expect(passkeyCredentialId(withSlot)).toEqual(credentialId);
		expect((await openVault(withSlot, passphrase)).keys.dataKey).toEqual(keys.dataKey);
	});

	it('keeps no key and no PRF output in the header', async () => {
		const clear = JSON.stringify(await addPasskeySlot(header, keys, credentialId, prf));
		for (const secret of [keys.dataKey, keys.privateKey, prf]) {
			expect(clear).not.toContain(toBase64(secret));
		}
	});

	it('refuses another PRF output (another passkey)', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		await expect(openVaultWithPasskey(withSlot, randomBytes(32))).rejects.toThrow(
			WrongPasskeyError
		);
		await expect(openVaultWithPasskey(withSlot, prf.slice(0, 16))).rejects.toThrow(
			WrongPasskeyError
		);
	});

	it('refuses a slot moved to another vault', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const moved = { ...other.header, passkey: withSlot.passkey };
		await expect(openVaultWithPasskey(moved, prf)).rejects.toThrow(WrongPasskeyError);
	});

	it('refuses a slot whose credential id was changed', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const slot = withSlot.passkey!;
		const renamed = { ...slot, credentialId: toBase64(randomBytes(32)) };
		await expect(openVaultWithPasskey({ ...withSlot, passkey: renamed }, prf)).rejects.toThrow(
			WrongPasskeyError
		);
	});

	it('refuses a flipped byte in the wrapped data key', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const bytes = fromBase64(withSlot.passkey!.wrappedDataKey.ciphertext);
		bytes[3] = (bytes[3] ?? 0) ^ 0x10;
		const wrappedDataKey = { ...withSlot.passkey!.wrappedDataKey, ciphertext: toBase64(bytes) };
		const tampered = { ...withSlot, passkey: { ...withSlot.passkey!, wrappedDataKey } };
		await expect(openVaultWithPasskey(tampered, prf)).rejects.toThrow(WrongPasskeyError);
	});

	it('refuses to wrap keys that are not this vault’s', async () => {
		await expect(addPasskeySlot(header, other.keys, credentialId, prf)).rejects.toThrow(
			VaultHeaderError
		);
	});

	it('refuses a vault without a slot, and removing the slot leaves the passphrase working', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const removed = removePasskeySlot(withSlot);
		expect(removed.passkey).toBeUndefined();
		expect(passkeyCredentialId(removed)).toBeNull();
		await expect(openVaultWithPasskey(removed, prf)).rejects.toThrow(WrongPasskeyError);
		expect((await openVault(removed, passphrase)).keys.dataKey).toEqual(keys.dataKey);
	});

	it('survives a passphrase change without rotation, and is gone after a rotation', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const rewrapped = await rewrapVault(withSlot, keys, 'een andere lange zin', KDF_FLOOR);
		expect((await openVaultWithPasskey(rewrapped, prf)).keys.dataKey).toEqual(keys.dataKey);
		const rotated = await rekeyVault(withSlot, keys, passphrase, KDF_FLOOR);
		expect(rotated.header.passkey).toBeUndefined();
	});

	it('uses a PRF input that is fixed per vault and differs between vaults', async () => {
		expect(passkeyPrfSalt(header.vaultId)).toEqual(passkeyPrfSalt(header.vaultId));
		expect(passkeyPrfSalt(header.vaultId)).not.toEqual(passkeyPrfSalt(other.header.vaultId));
		expect(passkeyPrfSalt(header.vaultId)).toHaveLength(32);
	});
});

describe('vault header schema with and without the passkey slot', () => {
	it('reads a header without the slot, as every earlier vault has', () => {
		expect(vaultHeaderSchema.safeParse(JSON.parse(JSON.stringify(header))).success).toBe(true);
	});

	it('reads a header with the slot and keeps it through a JSON round trip', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		expect(vaultHeaderSchema.parse(JSON.parse(JSON.stringify(withSlot)))).toEqual(withSlot);
	});

	it('stays readable by the schema of the release before (which drops the slot)', async () => {
		const previous = vaultHeaderSchema.omit({ passkey: true });
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const parsed = previous.safeParse(JSON.parse(JSON.stringify(withSlot)));
		expect(parsed.success).toBe(true);
		expect(parsed.data).toEqual(header);
	});

	it('refuses a malformed slot', async () => {
		const withSlot = await addPasskeySlot(header, keys, credentialId, prf);
		const bad = [
			{ ...withSlot, passkey: { ...withSlot.passkey!, credentialId: 'not base64!' } },
			{ ...withSlot, passkey: { ...withSlot.passkey!, credentialId: 'AAAA' } },
			{ ...withSlot, passkey: { credentialId: withSlot.passkey!.credentialId } }
		];
		for (const candidate of bad) expect(vaultHeaderSchema.safeParse(candidate).success).toBe(false);
	});
});
