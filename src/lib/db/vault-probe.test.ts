import { Dexie } from 'dexie';
import { newId } from '$lib/domain/common.schema';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { probeVault } from './vault-probe';
import { recordFailedUnlock, writeVaultHeader } from './vault-store';

const exists = async (name: string) =>
	(await indexedDB.databases()).some((database) => database.name === name);

describe('the vault probe of the lock screen', () => {
	it('finds no vault on a fresh device and creates no database', async () => {
		const name = `probe-${newId()}`;
		expect(await probeVault(name)).toBe(false);
		expect(await exists(name)).toBe(false);

		const db = openDatabase(name);
		await writeVaultHeader(db, { format: 'stekboek-vault' });
		expect(await db.vault.get('vault')).toMatchObject({ id: 'vault' });
		db.close();
	});

	it('finds the vault Dexie wrote, and leaves no connection open', async () => {
		const name = `probe-${newId()}`;
		const db = openDatabase(name);
		await writeVaultHeader(db, { format: 'stekboek-vault' });
		db.close();
		expect(await probeVault(name)).toBe(true);
		// An open connection would block the delete (versionchange) until it closed.
		await Dexie.delete(name);
		expect(await exists(name)).toBe(false);
	});

	it('finds no vault when only the failed-unlock copy is there', async () => {
		const name = `probe-${newId()}`;
		const db = openDatabase(name);
		await writeVaultHeader(db, { format: 'stekboek-vault' });
		await recordFailedUnlock(db);
		await db.vault.delete('vault');
		db.close();
		expect(await probeVault(name)).toBe(false);
	});
});
