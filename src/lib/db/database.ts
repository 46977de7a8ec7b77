import { Dexie, type Table } from 'dexie';
import { DATABASE_NAME } from './vault-probe';

/**
 * One encrypted record as IndexedDB holds it since schema version 2: a random row id that
 * means nothing outside this device, the nonce and the padded ciphertext. The record's
 * kind, id and schema version are inside the ciphertext, so the table shows no kind, no
 * count per kind, no singleton and no taxonomy slug.
 */
export interface ItemRow {
	id: string;
	nonce: Uint8Array;
	ciphertext: Uint8Array;
}

/**
 * A record in the layout of schema version 1 (`records` table): kind, id and version in
 * clear. Read only to upgrade a vault on its first unlock; rows that cannot be read stay.
 */
export interface LegacyRow {
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

/** A second copy of the failed-unlock count, so resetting it takes more than one edit. */
export interface AttemptsRow {
	id: 'attempts';
	failedUnlocks: number;
}

export { DATABASE_NAME };

export type StekboekDatabase = Dexie & {
	items: Table<ItemRow, string>;
	records: Table<LegacyRow, [string, string]>;
	sealed: Table<SealedRow, string>;
	vault: Table<VaultRow | AttemptsRow, string>;
};

/**
 * Opens the database. Shipped versions are never edited: a schema change adds
 * `version(n + 1)` with an upgrade and a test that opens a database of version n.
 * Version 2 adds the opaque `items` table. Dexie cannot decrypt inside its upgrade, so
 * `records` stays in the schema and the first unlock moves its rows (legacy-migration.ts).
 */
export function openDatabase(name = DATABASE_NAME): StekboekDatabase {
	const db = new Dexie(name) as StekboekDatabase;
	db.version(1).stores({
		records: '[kind+id], kind',
		sealed: 'id',
		vault: 'id'
	});
	db.version(2).stores({ items: 'id' });
	return db;
}
