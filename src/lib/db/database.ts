import { Dexie, type EntityTable, type Table } from 'dexie';

/**
 * One encrypted record as IndexedDB holds it. Only the random id, the record kind, the
 * schema version, the nonce and the ciphertext are in clear: no date, no category.
 */
export interface EncryptedRow {
	kind: string;
	id: string;
	version: number;
	nonce: Uint8Array;
	ciphertext: Uint8Array;
}

/**
 * Something written while the vault was locked (a focus-group input, a quick capture),
 * sealed to the vault's public key. What it is stays inside the seal.
 */
export interface SealedRow {
	id: string;
	sealed: Uint8Array;
}

/** The clear vault header plus the failed-unlock counter, which must be read before unlock. */
export interface VaultRow {
	id: 'vault';
	header: unknown;
	failedUnlocks: number;
	/** Wipe everything after this many failed unlocks in a row; null = never (default). */
	wipeAfterFailures: number | null;
}

export const DATABASE_NAME = 'stekboek';

export type StekboekDatabase = Dexie & {
	records: Table<EncryptedRow, [string, string]>;
	sealed: EntityTable<SealedRow, 'id'>;
	vault: EntityTable<VaultRow, 'id'>;
};

/**
 * Opens the database. Shipped versions are never edited: a schema change adds
 * `version(n + 1)` with an upgrade and a test that opens a database of version n.
 */
export function openDatabase(name = DATABASE_NAME): StekboekDatabase {
	const db = new Dexie(name) as StekboekDatabase;
	db.version(1).stores({
		records: '[kind+id], kind',
		sealed: 'id',
		vault: 'id'
	});
	return db;
}
