import { newId } from '$lib/domain/common.schema';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { committed, openReleaseSchema } from '$test-support/db/db-test-kit';

/**
 * Builds a database exactly as schema version 1 shipped it, with raw IndexedDB calls
 * rather than our Dexie code, so that later schema versions are tested against what
 * devices really hold. Dexie stores version n as IndexedDB version n * 10.
 */
async function createVersion1Database(name: string): Promise<void> {
	const db = await openReleaseSchema(name);
	const tx = db.transaction(['records', 'sealed', 'vault'], 'readwrite');
	const bytes = (n: number) => new Uint8Array(n).fill(7);
	tx.objectStore('records').put({
		kind: 'person',
		id: 'p-1',
		version: 1,
		nonce: bytes(24),
		ciphertext: bytes(40)
	});
	tx.objectStore('records').put({
		kind: 'contact',
		id: 'c-1',
		version: 1,
		nonce: bytes(24),
		ciphertext: bytes(90)
	});
	tx.objectStore('sealed').put({ id: 's-1', sealed: bytes(80) });
	tx.objectStore('vault').put({
		id: 'vault',
		header: { format: 'stekboek-vault' },
		failedUnlocks: 2,
		wipeAfterFailures: null
	});
	await committed(tx);
	db.close();
}

describe('database schema versions', () => {
	it('opens a version 1 database and keeps every row', async () => {
		const name = `migration-${newId()}`;
		await createVersion1Database(name);
		const db = openDatabase(name);
		expect(await db.records.count()).toBe(2);
		expect((await db.records.get(['contact', 'c-1']))?.ciphertext).toHaveLength(90);
		expect(await db.sealed.get('s-1')).toBeDefined();
		expect(await db.vault.get('vault')).toMatchObject({ failedUnlocks: 2 });
		expect(await db.records.where('kind').equals('person').count()).toBe(1);
		db.close();
	});
});
