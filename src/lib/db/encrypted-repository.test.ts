import { encryptRecord, loadSodium, randomBytes } from '$lib/crypto';
import { newId } from '$lib/domain/common.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type StekboekDatabase } from './database';
import { EncryptedRepository } from './encrypted-repository';
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
		const again = await reopened(db, key);
		expect(again.get('person', ada.id)).toEqual(ada);
		expect(again.count('person')).toBe(2);
		expect(again.setAside).toEqual([]);
	});

	it('stores only kind, id, version, nonce and ciphertext in clear', async () => {
		const db = freshDatabase();
		const repository = new EncryptedRepository(db, randomBytes(32));
		await repository.put('person', person(SENTINEL, { gender: 'vrouw' }));
		const [row] = await db.records.toArray();
		expect(Object.keys(row ?? {}).sort()).toEqual(['ciphertext', 'id', 'kind', 'nonce', 'version']);
		const clear = new TextDecoder().decode(row?.ciphertext);
		expect(clear).not.toContain(SENTINEL);
		expect(clear).not.toContain('vrouw');
	});

	it('sets aside a row whose ciphertext was swapped with another row, and keeps it stored', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const [a, b] = [person('Ada'), person('Bo')];
		await repository.putMany('person', [a, b]);
		const rowA = await db.records.get(['person', a.id]);
		const rowB = await db.records.get(['person', b.id]);
		await db.records.put({ ...rowA!, nonce: rowB!.nonce, ciphertext: rowB!.ciphertext });
		const again = await reopened(db, key);
		expect(again.setAside).toEqual([{ kind: 'person', id: a.id, reason: 'decryption' }]);
		expect(again.get('person', b.id)).toEqual(b);
		expect(await db.records.count()).toBe(2);
	});

	it('sets aside a row moved to another kind, and one from an unknown kind', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		await new EncryptedRepository(db, key).put('person', person('Ada'));
		const [row] = await db.records.toArray();
		await db.records.bulkPut([
			{ ...row!, kind: 'contact' },
			{ ...row!, kind: 'mystery' }
		]);
		const again = await reopened(db, key);
		expect(again.setAside).toContainEqual({ kind: 'contact', id: row!.id, reason: 'decryption' });
		expect(again.setAside).toContainEqual({ kind: 'mystery', id: row!.id, reason: 'unknown-kind' });
		expect(again.count('person')).toBe(1);
	});

	it('sets aside a record that decrypts but fails its schema', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		// Bypasses the type system the way a buggy older version or a bad import could.
		const broken = { ...person('Ada'), gender: 'robot' } as unknown as Person;
		await repository.put('person', broken);
		const again = await reopened(db, key);
		expect(again.setAside).toEqual([{ kind: 'person', id: broken.id, reason: 'schema' }]);
	});

	it('refuses a row whose version was changed in clear', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		await new EncryptedRepository(db, key).put('person', person('Ada'));
		const [row] = await db.records.toArray();
		await db.records.put({ ...row!, version: 2 });
		const again = await reopened(db, key);
		expect(again.setAside[0]?.reason).toBe('decryption');
	});

	it('sets aside a record written by a newer version of the app', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const ada = person('Ada');
		const plaintext = new TextEncoder().encode(JSON.stringify(ada));
		const ref = { table: 'person', id: ada.id, schemaVersion: 99 };
		await db.records.put({
			kind: 'person',
			id: ada.id,
			version: 99,
			...encryptRecord(key, ref, plaintext)
		});
		const again = await reopened(db, key);
		expect(again.setAside).toEqual([{ kind: 'person', id: ada.id, reason: 'newer-version' }]);
	});

	it('writes all of a change or none of it', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const repository = new EncryptedRepository(db, key);
		const ada = person('Ada');
		await repository.put('person', ada);
		db.records.hook('creating', (primaryKey, row) => {
			if (row.id === 'fails-here') throw new DOMException('quota', 'QuotaExceededError');
		});
		const bo = person('Bo');
		const failing = repository.commit([
			{ op: 'delete', kind: 'person', id: ada.id },
			{ op: 'put', kind: 'person', record: bo },
			{ op: 'put', kind: 'person', record: person('Cy', { id: 'fails-here' }) }
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
	});

	it('refuses to overwrite a record that another tab changed since this tab read it', async () => {
		const db = freshDatabase();
		const key = randomBytes(32);
		const ada = person('Ada');
		await new EncryptedRepository(db, key).put('person', ada);
		const [tabA, tabB] = [await reopened(db, key), await reopened(db, key)];
		await tabA.put('person', { ...ada, notes: 'from tab A' });
		const stale = tabB.put('person', { ...ada, notes: 'from tab B' });
		await expect(stale).rejects.toBeInstanceOf(WriteConflictError);
		expect((await reopened(db, key)).get('person', ada.id)?.notes).toBe('from tab A');

		await tabB.refresh([['person', ada.id]]);
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
		await tabA.put('person', ada);
		await tabB.refresh([['person', ada.id]]);
		expect(tabB.get('person', ada.id)).toEqual(ada);
		await tabA.delete('person', ada.id);
		await tabB.refresh([['person', ada.id]]);
		expect(tabB.count('person')).toBe(0);
	});
});
