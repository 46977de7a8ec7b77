import { newId } from '$lib/domain/common.schema';
import { describe, expect, it } from 'vitest';
import { openDatabase, type VaultRow } from './database';
import {
	readVaultRow,
	recordFailedUnlock,
	resetFailedUnlocks,
	writeVaultHeader
} from './vault-store';

describe('the failed-unlock count', () => {
	it('is kept in two places, so resetting one of them does not reset the delay', async () => {
		const db = openDatabase(`store-${newId()}`);
		await writeVaultHeader(db, { format: 'stekboek-vault' });
		for (let attempt = 0; attempt < 4; attempt++) await recordFailedUnlock(db);
		expect((await readVaultRow(db))?.failedUnlocks).toBe(4);

		await db.vault.update('vault', { failedUnlocks: 0 } as Partial<VaultRow>);
		expect((await readVaultRow(db))?.failedUnlocks).toBe(4);
		await db.vault.delete('attempts');
		await db.vault.update('vault', { failedUnlocks: 4 } as Partial<VaultRow>);
		expect((await readVaultRow(db))?.failedUnlocks).toBe(4);
		expect(await recordFailedUnlock(db)).toBe(5);

		await resetFailedUnlocks(db);
		expect((await readVaultRow(db))?.failedUnlocks).toBe(0);
		expect(await db.vault.get('attempts')).toEqual({ id: 'attempts', failedUnlocks: 0 });
		db.close();
	});
});
