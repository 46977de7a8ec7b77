import { Dexie } from 'dexie';
import { DATABASE_NAME, type StekboekDatabase, type VaultRow } from './database';

const VAULT_ROW_ID = 'vault';

/** The clear vault row, or undefined when this device has no vault yet. */
export function readVaultRow(db: StekboekDatabase): Promise<VaultRow | undefined> {
	return db.vault.get(VAULT_ROW_ID);
}

/** Stores a new or re-wrapped vault header, keeping the failed-unlock policy. */
export async function writeVaultHeader(db: StekboekDatabase, header: unknown): Promise<void> {
	await db.transaction('rw', db.vault, async () => {
		const existing = await db.vault.get(VAULT_ROW_ID);
		await db.vault.put({
			id: VAULT_ROW_ID,
			header,
			failedUnlocks: 0,
			wipeAfterFailures: existing?.wipeAfterFailures ?? null
		});
	});
}

/** Counts one more failed unlock and returns the new count. */
export async function recordFailedUnlock(db: StekboekDatabase): Promise<number> {
	return db.transaction('rw', db.vault, async () => {
		const row = await db.vault.get(VAULT_ROW_ID);
		if (!row) return 0;
		const failedUnlocks = row.failedUnlocks + 1;
		await db.vault.update(VAULT_ROW_ID, { failedUnlocks });
		return failedUnlocks;
	});
}

export async function resetFailedUnlocks(db: StekboekDatabase): Promise<void> {
	await db.vault.update(VAULT_ROW_ID, { failedUnlocks: 0 });
}

export async function setWipeAfterFailures(db: StekboekDatabase, limit: number | null) {
	await db.vault.update(VAULT_ROW_ID, { wipeAfterFailures: limit });
}

/**
 * Deletes the whole database and every cache of this origin's data. The service worker's
 * app-shell cache holds no personal data and is left, so the app still opens offline.
 */
export async function wipeEverything(db: StekboekDatabase): Promise<void> {
	db.close();
	await Dexie.delete(db.name ?? DATABASE_NAME);
	try {
		localStorage.clear();
		sessionStorage.clear();
	} catch {
		// Storage may be unavailable (private mode); nothing personal is kept there anyway.
	}
}
