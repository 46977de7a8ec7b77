import { createVault, KDF_FLOOR, loadSodium, randomBytes, unlockVault } from '$lib/crypto';
import { newId } from '$lib/domain/common.schema';
import { unknownProfile } from '$lib/domain/person.schema';
import { defaultSettings } from '$lib/domain/settings.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { committed, openReleaseSchema } from '$test-support/db/db-test-kit';
import { EncryptedRepository, readRowsEarly } from './encrypted-repository';
import { readVaultRow } from './vault-store';

const PASSPHRASE = 'de soep van dinsdag is altijd warm';

type Fixture = { kind: string; id: string; version: number; record: unknown };

/**
 * Builds a database exactly as the release before the opaque table wrote it (Dexie schema
 * version 1 = IndexedDB version 10): rows `{kind, id, version, nonce, ciphertext}` whose
 * AAD is `kind|id|version`, a clear vault row, a sealed row. Raw IndexedDB and raw
 * libsodium calls, none of our Dexie or codec code, so the test checks real devices' data.
 */
async function createReleaseDatabase(
	name: string,
	header: unknown,
	key: Uint8Array,
	rows: Fixture[]
) {
	const sodium = await loadSodium();
	const encrypt = ({ kind, id, version, record }: Fixture) => {
		const nonce = sodium.randombytes_buf(24);
		const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
			new TextEncoder().encode(JSON.stringify(record)),
			new TextEncoder().encode(`${kind}|${id}|${version}`),
			null,
			nonce,
			key
		);
		return { kind, id, version, nonce, ciphertext };
	};
	const db = await openReleaseSchema(name);
	const tx = db.transaction(['records', 'sealed', 'vault'], 'readwrite');
	for (const row of rows) tx.objectStore('records').put(encrypt(row));
	tx.objectStore('records').put({
		kind: 'contact',
		id: 'damaged-row',
		version: 1,
		nonce: new Uint8Array(24),
		ciphertext: new Uint8Array(64).fill(9)
	});
	tx.objectStore('sealed').put({ id: 's-1', sealed: new Uint8Array(80).fill(3) });
	tx.objectStore('vault').put({ id: 'vault', header, failedUnlocks: 1, wipeAfterFailures: 10 });
	await committed(tx);
	db.close();
}

const ada = {
	...unknownProfile,
	id: newId(),
	alias: 'Ada',
	notes: 'boven de bakker',
	firstContact: null
};
const contact = {
	id: newId(),
	date: '2024-02-01',
	personId: ada.id,
	activityId: 'act-digipunt',
	function: 'verwijzen',
	note: '',
	helpRequests: []
};
const fixtures: Fixture[] = [
	{ kind: 'person', id: ada.id, version: 1, record: ada },
	{ kind: 'contact', id: contact.id, version: 1, record: contact },
	{ kind: 'settings', id: 'settings', version: 1, record: defaultSettings },
	...defaultTaxonomy().map((item) => ({ kind: 'taxonomy', id: item.id, version: 1, record: item }))
];

let vault: Awaited<ReturnType<typeof createVault>>;

beforeAll(async () => {
	vault = await createVault(PASSPHRASE, KDF_FLOOR);
});

describe('moving a vault of the previous release into the opaque table', () => {
	it('opens the release database, moves every readable row and keeps the damaged one', async () => {
		const name = `release-${newId()}`;
		await createReleaseDatabase(name, vault.header, vault.keys.dataKey, fixtures);
		const db = openDatabase(name);
		const row = await readVaultRow(db);
		expect(row).toMatchObject({ failedUnlocks: 1, wipeAfterFailures: 10 });
		// Read before the key, as unlock does: old-layout rows make it step aside.
		const early = readRowsEarly(db);
		const keys = await unlockVault(row!.header as never, PASSPHRASE);
		const repository = new EncryptedRepository(db, keys.dataKey);
		expect(await early).toBeNull();
		await repository.load(early);

		expect(repository.get('person', ada.id)).toEqual(ada);
		expect(repository.get('contact', contact.id)).toEqual(contact);
		expect(repository.get('settings', 'settings')).toEqual(defaultSettings);
		expect(repository.count('taxonomy')).toBe(defaultTaxonomy().length);
		expect(await db.items.count()).toBe(fixtures.length);
		expect(await db.records.toCollection().primaryKeys()).toEqual([['contact', 'damaged-row']]);
		expect(repository.setAside).toEqual([
			{ row: 'damaged-row', kind: 'contact', id: 'damaged-row', reason: 'decryption' }
		]);
		expect(await db.sealed.get('s-1')).toBeDefined();

		const again = new EncryptedRepository(db, keys.dataKey);
		await again.load();
		expect(again.all('taxonomy')).toEqual(repository.all('taxonomy'));
		expect(again.setAside).toHaveLength(1);
		expect(await db.items.count()).toBe(fixtures.length);
		db.close();
	});

	it('moves nothing when the move fails half way, and moves everything next time', async () => {
		const name = `release-${newId()}`;
		await createReleaseDatabase(name, vault.header, vault.keys.dataKey, fixtures);
		const db = openDatabase(name);
		let created = 0;
		const failing = (_key: unknown) => {
			created += 1;
			if (created === 5) throw new DOMException('quota', 'QuotaExceededError');
		};
		db.items.hook('creating', failing);
		await expect(new EncryptedRepository(db, vault.keys.dataKey).load()).rejects.toThrow();
		expect(await db.items.count()).toBe(0);
		expect(await db.records.count()).toBe(fixtures.length + 1);
		db.items.hook('creating').unsubscribe(failing);

		const repository = new EncryptedRepository(db, vault.keys.dataKey);
		await repository.load();
		expect(repository.get('person', ada.id)).toEqual(ada);
		expect(await db.records.count()).toBe(1);
		db.close();
	});

	it('keeps a row that decrypts but fails its schema, set aside in the new table', async () => {
		const name = `release-${newId()}`;
		const odd = { ...ada, id: newId(), gender: 'robot' };
		await createReleaseDatabase(name, vault.header, vault.keys.dataKey, [
			{ kind: 'person', id: odd.id, version: 1, record: odd }
		]);
		const db = openDatabase(name);
		const repository = new EncryptedRepository(db, vault.keys.dataKey);
		await repository.load();
		expect(repository.setAside).toContainEqual(
			expect.objectContaining({ kind: 'person', id: odd.id, reason: 'schema' })
		);
		expect(await db.items.count()).toBe(1);
		db.close();
	});

	it('refuses the release rows under another data key and loses none of them', async () => {
		const name = `release-${newId()}`;
		await createReleaseDatabase(name, vault.header, vault.keys.dataKey, fixtures);
		const db = openDatabase(name);
		const repository = new EncryptedRepository(db, randomBytes(32));
		await repository.load();
		expect(repository.setAside).toHaveLength(fixtures.length + 1);
		expect(await db.records.count()).toBe(fixtures.length + 1);
		db.close();
	});
});
