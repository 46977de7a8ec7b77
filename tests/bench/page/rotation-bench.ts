import { createVault, encryptRecord, rekeyVault, type VaultKeys } from '$lib/crypto';
import { openDatabase, type StekboekDatabase } from '$lib/db/database';
import { EncryptedRepository } from '$lib/db/encrypted-repository';
import { writeVaultHeader } from '$lib/db/vault-store';
import { rotateVault } from '$lib/db/vault-rotation';
import { newId } from '$lib/domain/common.schema';
import { benchPerson } from './vault-bench';
import { round, time } from './stats';

const PASSPHRASE = 'bench passphrase of some length';

/**
 * Data-key rotation of a vault of `count` persons at the default KDF cost: the new header
 * (Argon2id once), then re-encrypting every record and writing it all in one transaction.
 */
export async function benchRotation(count = 10_000) {
	const vault = await createVault(PASSPHRASE);
	const db = openDatabase(`bench-rotation-${newId()}`);
	await writeVaultHeader(db, vault.header);
	const repository = new EncryptedRepository(db, vault.keys.dataKey);
	await repository.putMany(
		'person',
		Array.from({ length: count }, (_, index) => benchPerson(index))
	);
	let next: { header: typeof vault.header; keys: VaultKeys } | undefined;
	const rekeyMs = await time(async () => {
		next = await rekeyVault(vault.header, vault.keys, PASSPHRASE);
	});
	let yields = 0;
	const rotateMs = await time(() => rotateVault(db, repository, vault.keys, next!, () => yields++));
	if (repository.count('person') !== count) throw new Error('rotation lost records');
	await db.delete();
	return {
		records: count,
		rekeyKdfMs: round(rekeyMs),
		reencryptAndWriteMs: round(rotateMs),
		yields
	};
}

/** Writes `count` persons in the layout of the release before the opaque table. */
async function releaseRows(db: StekboekDatabase, keys: VaultKeys, count: number) {
	const encoder = new TextEncoder();
	await db.records.bulkPut(
		Array.from({ length: count }, (_, index) => {
			const person = benchPerson(index);
			const ref = { table: 'person', id: person.id, schemaVersion: 1 };
			const sealed = encryptRecord(keys.dataKey, ref, encoder.encode(JSON.stringify(person)));
			return { kind: 'person', id: person.id, version: 1, ...sealed };
		})
	);
}

/** First unlock after the upgrade: move `count` old rows into the opaque table, then load. */
export async function benchMigration(count = 10_000) {
	const vault = await createVault(PASSPHRASE);
	const db = openDatabase(`bench-migration-${newId()}`);
	await releaseRows(db, vault.keys, count);
	const repository = new EncryptedRepository(db, vault.keys.dataKey);
	const migrateAndLoadMs = await time(() => repository.load());
	if (repository.count('person') !== count || (await db.records.count()) !== 0) {
		throw new Error('migration lost records');
	}
	const loadAfterMs = await time(() => new EncryptedRepository(db, vault.keys.dataKey).load());
	await db.delete();
	return {
		records: count,
		migrateAndLoadMs: round(migrateAndLoadMs),
		loadAfterMs: round(loadAfterMs)
	};
}
