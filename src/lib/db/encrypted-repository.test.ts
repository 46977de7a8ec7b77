import { encryptRecord, loadSodium, pad, randomBytes } from '$lib/crypto';
import { newId } from '$lib/domain/common.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { defaultSettings } from '$lib/domain/settings.schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type StekboekDatabase } from './database';
import { EncryptedRepository, readRowsEarly } from './encrypted-repository';
import { encodeItem, newRowId } from './item-codec';
import { WriteConflictError } from './write-conflict';

const SENTINEL = 'Sentinel-Alias-R2D2';

function person(alias: string, extra: Partial<Person> = {}): Person {
	return { ...unknownProfile, id: newId(), alias, notes: '', firstContact: null, ...extra };
}

function freshDatabase(): StekboekDatabase {
	return openDatabase(`test-${newId()}`);
}

async function reopened(db: StekboekDatabase, key: Uint8Array): Promise<EncryptedRepository> {
	const repository = new EncryptedRepository(db, key);
	await repository.load();
	return repository;
}

const latin1 = (bytes: Uint8Array | undefined) => String.fromCharCode(...(bytes ?? []));

describe('EncryptedRepository', () => {
	beforeAll(async () => {
		await loadSodium();
	});

	it('writes records that read back equal after a fresh load', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const ada = person(SENTINEL, { notes: 'woont boven de bakkerij', gender: 'vrouw' });
		await repository.putMany('person', [ada, person('Bo')]);
		await repository.put('settings', defaultSettings);
		const again = await reopened(db, key);
		expect(again.get('person', ada.id)).toEqual(ada);
		expect(again.count('person')).toBe(2);
		expect(again.get('settings', 'settings')).toEqual(defaultSettings);
		expect(again.setAside).toEqual([]);
	});

	it('loads the same records and set-aside rows from rows read before the key', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const ada = person(SENTINEL);
		await new EncryptedRepository(db, key).putMany('person', [ada, person('Bo')]);
		await db.items.put({ id: newRowId(), nonce: randomBytes(24), ciphertext: randomBytes(80) });
		const early = readRowsEarly(db);
		const fromEarly = new EncryptedRepository(db, key);
		await fromEarly.load(early);
		const plain = await reopened(db, key);
		expect((await early)?.length).toBe(3);
		expect(fromEarly.all('person')).toEqual(plain.all('person'));
		expect(fromEarly.get('person', ada.id)).toEqual(ada);
		expect(fromEarly.setAside).toEqual(plain.setAside);
		expect(fromEarly.setAside).toHaveLength(1);
	});

	it('stores only a random row id, the nonce and the ciphertext: no kind, no record id', async () => {
		const db = freshDatabase();
		const repository = new EncryptedRepository(db, randomBytes(32));
		const ada = person(SENTINEL, { gender: 'vrouw' });
		await repository.put('person', ada);
		await repository.put('settings', defaultSettings);
		const rows = await db.items.toArray();
		expect(rows).toHaveLength(2);
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual(['ciphertext', 'id', 'nonce']);
			expect(row.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
			const clear = `${row.id} ${latin1(row.ciphertext)}`;
			for (const secret of [SENTINEL, 'vrouw', 'person', 'settings', ada.id]) {
				expect(clear).not.toContain(secret);
			}
		}
		expect(await db.records.count()).toBe(0);
	});

	it('pads every record so each ciphertext is 256·n + 16 bytes', async () => {
		const lengthsFor = async (notes: number[]) => {
			const db = freshDatabase();
			const records = notes.map((length) => person('Ada', { notes: 'x'.repeat(length) }));
			await new EncryptedRepository(db, randomBytes(32)).putMany('person', records);
			return (await db.items.toArray()).map((row) => row.ciphertext.length);
		};
		const all = await lengthsFor([0, 1, 40, 130, 200, 700, 3000]);
		for (const length of all) expect((length - 16) % 256).toBe(0);
		expect(new Set(all).size).toBeGreaterThan(1);
		// Notes of 0, 1 and 40 characters end up in rows of the very same size.
		expect(new Set(await lengthsFor([0, 1, 40])).size).toBe(1);
	});

	it('sets aside a ciphertext moved to another row id, and keeps it stored', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const [a, b] = [person('Ada'), person('Bo')];
		await repository.putMany('person', [a, b]);
		const [rowA, rowB] = await db.items.toArray();
		await db.items.put({ ...rowA!, nonce: rowB!.nonce, ciphertext: rowB!.ciphertext });
		const moved = newRowId();
		await db.items.put({ ...rowB!, id: moved });
		const again = await reopened(db, key);
		expect(again.setAside).toContainEqual({ row: rowA!.id, reason: 'decryption' });
		expect(again.setAside).toContainEqual({ row: moved, reason: 'decryption' });
		expect(again.count('person')).toBe(1);
		expect(await db.items.count()).toBe(3);
	});

	it('sets aside a record that decrypts but fails its schema', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		// Bypasses the type system the way a buggy older version or a bad import could.
		const broken = { ...person('Ada'), gender: 'robot' } as unknown as Person;
		await repository.put('person', broken);
		const again = await reopened(db, key);
		const [row] = await db.items.toArray();
		expect(again.setAside).toEqual([
			{ row: row!.id, kind: 'person', id: broken.id, reason: 'schema' }
		]);
	});

	it('sets aside rows of a newer app version, of an unknown kind, or not padded', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const ada = person('Ada');
		const newer = encodeItem(key, newRowId(), { kind: 'person', version: 99, record: ada });
		const mystery = encodeItem(key, newRowId(), { kind: 'mystery', version: 1, record: ada });
		const unpaddedId = newRowId();
		const json = new TextEncoder().encode(
			JSON.stringify({ kind: 'person', version: 1, record: ada })
		);
		const ref = { table: 'stekboek-item', id: unpaddedId, schemaVersion: 2 };
		const unpadded = { id: unpaddedId, ...encryptRecord(key, ref, json) };
		expect(pad(json).length).toBeGreaterThan(json.length);
		await db.items.bulkPut([newer, mystery, unpadded]);
		const again = await reopened(db, key);
		expect(again.setAside).toContainEqual(
			expect.objectContaining({ row: newer.id, reason: 'newer-version' })
		);
		expect(again.setAside).toContainEqual(
			expect.objectContaining({ row: mystery.id, kind: 'mystery', reason: 'unknown-kind' })
		);
		expect(again.setAside).toContainEqual({ row: unpaddedId, reason: 'json' });
		expect(again.count('person')).toBe(0);
	});

	it('writes all of a change or none of it', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const ada = person('Ada');
		await repository.put('person', ada);
		let created = 0;
		db.items.hook('creating', () => {
			created += 1;
			if (created === 2) throw new DOMException('quota', 'QuotaExceededError');
		});
		const bo = person('Bo');
		const failing = repository.commit([
			{ op: 'delete', kind: 'person', id: ada.id },
			{ op: 'put', kind: 'person', record: bo },
			{ op: 'put', kind: 'person', record: person('Cy') }
		]);
		await expect(failing).rejects.toThrow();
		expect(repository.get('person', ada.id)).toEqual(ada);
		expect(repository.get('person', bo.id)).toBeUndefined();
		const again = await reopened(db, key);
		expect(again.all('person')).toEqual([ada]);
	});

	it('deletes records', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const [a, b] = [person('Ada'), person('Bo')];
		await repository.putMany('person', [a, b]);
		await repository.delete('person', a.id);
		expect(repository.all('person')).toEqual([b]);
		expect((await reopened(db, key)).all('person')).toEqual([b]);
		expect(await db.items.count()).toBe(1);
	});

	it('keeps one row per record when it is written again', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const ada = person('Ada');
		await repository.put('person', ada);
		await repository.put('person', { ...ada, notes: 'tweede versie' });
		expect(await db.items.count()).toBe(1);
		expect((await reopened(db, key)).get('person', ada.id)?.notes).toBe('tweede versie');
	});

	it('refuses to overwrite a record that another tab changed since this tab read it', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const ada = person('Ada');
		await new EncryptedRepository(db, key).put('person', ada);
		const [tabA, tabB] = [await reopened(db, key), await reopened(db, key)];
		const rows = await tabA.put('person', { ...ada, notes: 'from tab A' });
		const stale = tabB.put('person', { ...ada, notes: 'from tab B' });
		await expect(stale).rejects.toBeInstanceOf(WriteConflictError);
		expect((await reopened(db, key)).get('person', ada.id)?.notes).toBe('from tab A');

		await tabB.refresh(rows);
		expect(tabB.get('person', ada.id)?.notes).toBe('from tab A');
		await tabB.put('person', { ...ada, notes: 'from tab B, after refresh' });
		expect((await reopened(db, key)).get('person', ada.id)?.notes).toBe(
			'from tab B, after refresh'
		);
	});

	it('learns of records another tab added or removed when refreshed', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const ada = person('Ada');
		const [tabA, tabB] = [await reopened(db, key), await reopened(db, key)];
		await tabB.refresh(await tabA.put('person', ada));
		expect(tabB.get('person', ada.id)).toEqual(ada);
		await tabB.refresh(await tabA.delete('person', ada.id));
		expect(tabB.count('person')).toBe(0);
	});
});
