import { Dexie } from 'dexie';
import { DATABASE_NAME, type StekboekDatabase, type VaultRow } from './database';

const VAULT_ROW_ID = 'vault';
const ATTEMPTS_ROW_ID = 'attempts';

/**
 * The clear vault row, or undefined when this device has no vault yet. Its failed-unlock
 * count is the larger of the two stored copies, so resetting the delay takes two edits.
 */
export async function readVaultRow(db: StekboekDatabase): Promise<VaultRow | undefined> {
	const [row, attempts] = await db.vault.bulkGet([VAULT_ROW_ID, ATTEMPTS_ROW_ID]);
	if (row?.id !== VAULT_ROW_ID) return undefined;
	const copy = attempts?.id === ATTEMPTS_ROW_ID ? attempts.failedUnlocks : 0;
	return { ...row, failedUnlocks: Math.max(row.failedUnlocks, copy) };
}

/** Writes the failed-unlock count to both places it is kept. */
async function storeFailedUnlocks(db: StekboekDatabase, failedUnlocks: number): Promise<void> {
	await db.vault.update(VAULT_ROW_ID, { failedUnlocks } as Partial<VaultRow>);
	await db.vault.put({ id: ATTEMPTS_ROW_ID, failedUnlocks });
}

/** Stores a new or re-wrapped vault header, keeping the failed-unlock policy. */
export async function writeVaultHeader(db: StekboekDatabase, header: unknown): Promise<void> {
	await db.transaction('rw', db.vault, async () => {
		const existing = await readVaultRow(db);
		await db.vault.put({
			id: VAULT_ROW_ID,
			header,
			failedUnlocks: 0,
			wipeAfterFailures: existing?.wipeAfterFailures ?? null
		});
		await storeFailedUnlocks(db, 0);
	});
}

/**
 * Replaces only the header (adding or removing the passkey slot), keeping the failed-unlock
 * count, so a header edit that needs no passphrase can never reset the delay.
 */
export async function replaceVaultHeader(db: StekboekDatabase, header: unknown): Promise<void> {
	await db.vault.update(VAULT_ROW_ID, { header } as Partial<VaultRow>);
}

/** Counts one more failed unlock (in both copies) and returns the new count. */
export async function recordFailedUnlock(db: StekboekDatabase): Promise<number> {
	return db.transaction('rw', db.vault, async () => {
		const row = await readVaultRow(db);
		if (!row) return 0;
		const failedUnlocks = row.failedUnlocks + 1;
		await storeFailedUnlocks(db, failedUnlocks);
		return failedUnlocks;
	});
}

export async function resetFailedUnlocks(db: StekboekDatabase): Promise<void> {
	await db.transaction('rw', db.vault, () => storeFailedUnlocks(db, 0));
}

export async function setWipeAfterFailures(db: StekboekDatabase, limit: number | null) {
	await db.vault.update(VAULT_ROW_ID, { wipeAfterFailures: limit } as Partial<VaultRow>);
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
