import type { ItemRow, LegacyRow, StekboekDatabase } from './database';
import { encodeItem, newRowId } from './item-codec';
import { openLegacyRow } from './record-codec';
import type { SetAsideRecord } from './working-set';
import { sameNonce } from './write-conflict';

/** Another tab moved the same rows first; the caller simply looks again. */
class MovedElsewhere extends Error {}

/**
 * Moves every row of the version-1 `records` table (kind, id and version in clear) into
 * the opaque `items` table, on the first unlock after the upgrade. Dexie cannot decrypt
 * inside its own upgrade, so this runs with the data key, in ONE transaction that writes
 * the new rows and deletes the moved old ones: all or nothing. A row that decrypts keeps
 * its content exactly (kind, version and value go into the envelope), even if it fails
 * its schema, so nothing is judged or lost here. A row that does not decrypt stays in
 * `records` untouched and is reported as set aside, at this and every later unlock.
 */
export async function migrateLegacyRows(
	db: StekboekDatabase,
	dataKey: Uint8Array
): Promise<SetAsideRecord[]> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await migrateOnce(db, dataKey);
		} catch (error) {
			if (!(error instanceof MovedElsewhere) || attempt >= 2) throw error;
		}
	}
}

async function migrateOnce(db: StekboekDatabase, dataKey: Uint8Array): Promise<SetAsideRecord[]> {
	if ((await db.records.count()) === 0) return [];
	const rows = await db.records.toArray();
	const kept: SetAsideRecord[] = [];
	const moved: LegacyRow[] = [];
	const items: ItemRow[] = [];
	for (const row of rows) {
		const opened = openLegacyRow(dataKey, row);
		if (!opened.ok) {
			kept.push({ row: row.id, kind: row.kind, id: row.id, reason: opened.reason });
			continue;
		}
		moved.push(row);
		const envelope = { kind: row.kind, version: row.version, record: opened.value };
		items.push(encodeItem(dataKey, newRowId(), envelope));
	}
	if (moved.length === 0) return kept;
	await db.transaction('rw', [db.records, db.items], async () => {
		const keys = moved.map((row): [string, string] => [row.kind, row.id]);
		const stored = await db.records.bulkGet(keys);
		if (stored.some((row, index) => !sameNonce(row?.nonce, moved[index]?.nonce))) {
			throw new MovedElsewhere();
		}
		await db.items.bulkPut(items);
		await db.records.bulkDelete(keys);
	});
	return kept;
}
