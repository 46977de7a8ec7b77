import { createVault, KDF_FLOOR, rekeyVault } from '$lib/crypto';
import { openDatabase } from '$lib/db/database';
import { EncryptedRepository } from '$lib/db/encrypted-repository';
import { writeVaultHeader } from '$lib/db/vault-store';
import { newId } from '$lib/domain/common.schema';
import { defaultSettings } from '$lib/domain/settings.schema';
import { describe, expect, it } from 'vitest';
import { VaultData } from './vault-data.svelte';

const PASSPHRASE = 'de soep van dinsdag is altijd warm';
const zeroed = (bytes: Uint8Array) => bytes.every((byte) => byte === 0);

async function unlocked() {
	const db = openDatabase(`data-${newId()}`);
	const vault = await createVault(PASSPHRASE, KDF_FLOOR);
	await writeVaultHeader(db, vault.header);
	const repository = new EncryptedRepository(db, vault.keys.dataKey);
	await repository.put('settings', defaultSettings);
	return { db, vault, data: new VaultData(repository, vault.keys) };
}

describe('VaultData.rotate', () => {
	it('switches to the new keys and zeroes the old ones', async () => {
		const { db, vault, data } = await unlocked();
		const oldKey = vault.keys.dataKey;
		const next = await rekeyVault(vault.header, vault.keys, PASSPHRASE, KDF_FLOOR);
		await data.rotate(db, next);
		expect(data.keys).toBe(next.keys);
		expect(zeroed(oldKey)).toBe(true);
		expect(zeroed(vault.keys.privateKey)).toBe(true);
		await data.saveSettings({ autoLockMinutes: 9 });
		const again = new EncryptedRepository(db, next.keys.dataKey);
		await again.load();
		expect(again.get('settings', 'settings')?.autoLockMinutes).toBe(9);
	});

	it('keeps the old keys and zeroes the unused new ones when the write fails', async () => {
		const { db, vault, data } = await unlocked();
		const next = await rekeyVault(vault.header, vault.keys, PASSPHRASE, KDF_FLOOR);
		db.items.hook('creating', () => {
			throw new DOMException('quota', 'QuotaExceededError');
		});
		await expect(data.rotate(db, next)).rejects.toMatchObject({ key: 'storage.full' });
		expect(data.keys).toBe(vault.keys);
		expect(zeroed(vault.keys.dataKey)).toBe(false);
		expect(zeroed(next.keys.dataKey)).toBe(true);
	});
});
