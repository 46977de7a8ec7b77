import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, openSealed, sealForVault, unlockVault } from '$lib/crypto';
import { openDatabase, type StekboekDatabase } from '$lib/db/database';
import { EncryptedRepository } from '$lib/db/encrypted-repository';
import { readVaultRow, writeVaultHeader } from '$lib/db/vault-store';
import { newId } from '$lib/domain/common.schema';
import type { BackupRecord } from './backup-content';
import { BackupError } from './backup-error';
import { readBackup, type BackupContents } from './backup-reader';
import {
	floorVault,
	samplePerson,
	sampleRecords,
	TEST_PASSPHRASE
} from '$test-support/backup/backup-test-kit';
import { writeBackup } from './backup-writer';
import { writeIntoVault, writeNewVault } from './restore-writer';

const createdAt = '2024-05-03T10:00:00.000Z';
let source: Awaited<ReturnType<typeof floorVault>>;
let records: BackupRecord[];
let backup: Uint8Array;

const freshDatabase = (): StekboekDatabase => openDatabase(`restore-${newId()}`);

async function contents(): Promise<BackupContents> {
	return readBackup(backup, TEST_PASSPHRASE);
}

async function stored(db: StekboekDatabase) {
	return { items: await db.items.toArray(), sealed: await db.sealed.toArray() };
}

beforeAll(async () => {
	await loadSodium();
	source = await floorVault();
	records = sampleRecords(5, 20);
	const sealed = [
		{ id: 'sealed-1', sealed: sealForVault(source.keys.publicKey, new Uint8Array([7])) }
	];
	({ bytes: backup } = await writeBackup({ ...source, records, sealed, createdAt }));
});

describe('writeNewVault', () => {
	it('makes the backed-up vault, opened by the same passphrase, with every record', async () => {
		const db = freshDatabase();
		await writeNewVault(db, await contents());
		const row = await readVaultRow(db);
		const keys = await unlockVault(row!.header as never, TEST_PASSPHRASE);
		const repository = new EncryptedRepository(db, keys.dataKey);
		await repository.load();
		expect(repository.setAside).toEqual([]);
		expect(repository.count('contact')).toBe(20);
		const person = records.find((item) => item.kind === 'person')!;
		expect(repository.get('person', person.record.id)).toEqual(person.record);
		const [sealed] = await db.sealed.toArray();
		expect(openSealed(keys, sealed!.sealed)).toEqual(new Uint8Array([7]));
	});

	it('writes nothing when a vault appeared on the device meanwhile', async () => {
		const db = freshDatabase();
		const other = await floorVault('een heel andere wachtwoordzin');
		await writeVaultHeader(db, other.header);
		await expect(writeNewVault(db, await contents())).rejects.toThrow(BackupError);
		expect(await stored(db)).toEqual({ items: [], sealed: [] });
		expect((await readVaultRow(db))?.header).toEqual(other.header);
	});
});

describe('writeIntoVault', () => {
	async function deviceWith(extra: BackupRecord[]) {
		const device = await floorVault('de wachtwoordzin van dit toestel');
		const db = freshDatabase();
		await writeVaultHeader(db, device.header);
		const repository = new EncryptedRepository(db, device.keys.dataKey);
		await repository.commit(extra.map((item) => ({ op: 'put', ...item }) as never));
		await db.sealed.put({
			id: 'device-sealed',
			sealed: sealForVault(device.keys.publicKey, new Uint8Array([9]))
		});
		return { device, db };
	}

	async function reload(db: StekboekDatabase, dataKey: Uint8Array) {
		const repository = new EncryptedRepository(db, dataKey);
		await repository.load();
		return repository;
	}

	it('replace: the device ends up with exactly the backup, under its own key', async () => {
		const onlyHere = samplePerson(99);
		const { device, db } = await deviceWith([{ kind: 'person', record: onlyHere }]);
		await db.items.put({
			id: 'broken',
			nonce: new Uint8Array(24),
			ciphertext: new Uint8Array(272)
		});
		const outcome = await writeIntoVault(db, await contents(), device.keys, 'replace');
		const repository = await reload(db, device.keys.dataKey);
		expect(repository.setAside).toEqual([]);
		expect(repository.get('person', onlyHere.id)).toBeUndefined();
		expect(repository.count('person') + repository.count('contact')).toBe(25);
		expect(outcome).toMatchObject({ mode: 'replace', added: records.length, removed: 2 });
		const sealed = await db.sealed.toArray();
		expect(sealed.map((row) => row.id)).toEqual(['sealed-1']);
		// Sealed again to this device's key, since the backup came from another vault.
		expect(openSealed(device.keys, sealed[0]!.sealed)).toEqual(new Uint8Array([7]));
	});

	it('merge: adds what is new and keeps the device version of an id on both', async () => {
		const person = records.find((item) => item.kind === 'person')!;
		const edited = { ...person.record, alias: 'Bijgewerkt op dit toestel' };
		const onlyHere = samplePerson(98);
		const { device, db } = await deviceWith([
			{ kind: 'person', record: edited },
			{ kind: 'person', record: onlyHere }
		] as BackupRecord[]);
		const outcome = await writeIntoVault(db, await contents(), device.keys, 'merge');
		const repository = await reload(db, device.keys.dataKey);
		expect(repository.get('person', person.record.id)).toEqual(edited);
		expect(repository.get('person', onlyHere.id)).toEqual(onlyHere);
		expect(repository.count('contact')).toBe(20);
		expect(outcome).toMatchObject({
			mode: 'merge',
			added: records.length - 1,
			overlapping: 1,
			removed: 0
		});
		const sealedIds = (await db.sealed.toArray()).map((row) => row.id).sort();
		expect(sealedIds).toEqual(['device-sealed', 'sealed-1']);
	});

	it('writes nothing at all when the transaction fails half way', async () => {
		const { device, db } = await deviceWith([{ kind: 'person', record: samplePerson(1) }]);
		const before = await stored(db);
		const restored = await contents();
		// A sealed row without an id makes the last write of the transaction fail.
		restored.sealed.push({ id: undefined as unknown as string, sealed: new Uint8Array(48) });
		await expect(
			writeIntoVault(db, { ...restored, keys: device.keys }, device.keys, 'replace')
		).rejects.toThrow();
		expect(await stored(db)).toEqual(before);
	});
});
