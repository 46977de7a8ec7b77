import { createVault, deriveKey, newKdfParams, unlockVault } from '$lib/crypto';
import { openDatabase } from '$lib/db/database';
import { EncryptedRepository, readRowsEarly } from '$lib/db/encrypted-repository';
import { newId } from '$lib/domain/common.schema';
import { unknownProfile, type Person } from '$lib/domain/person.schema';
import { round, summarize, time } from './stats';

/** Argon2id at the vault's default cost (64 MiB, t = 3), in the KDF Web Worker. */
export async function benchKdf(runs = 5) {
	const samples: number[] = [];
	for (let run = 0; run < runs; run++) {
		samples.push(await time(() => deriveKey('bench passphrase of some length', newKdfParams())));
	}
	return summarize(samples);
}

/** A person of about 0.5 KB with some free text, as in the figures of security.md. */
export function benchPerson(index: number): Person {
	return {
		...unknownProfile,
		id: newId(),
		alias: `Persoon ${index}`,
		notes: 'Kwam langs op de sociale kruidenier en vroeg naar de energiepremie. '.repeat(4),
		firstContact: '2022-03-01',
		gender: index % 2 ? 'vrouw' : 'man'
	};
}

/**
 * Unlock as the app does it: Argon2id + unwrap while the rows are read, then decrypt +
 * validate of a vault of `count` persons. `kdfMs` ends when the key is there, so
 * `loadDecryptValidateMs` is what the rows cost after it.
 */
export async function benchUnlock(count = 10_000) {
	const passphrase = 'bench passphrase of some length';
	const { header, keys } = await createVault(passphrase);
	const db = openDatabase(`bench-unlock-${newId()}`);
	const people = Array.from({ length: count }, (_, index) => benchPerson(index));
	await new EncryptedRepository(db, keys.dataKey).putMany('person', people);
	const samples = { kdf: [] as number[], load: [] as number[], total: [] as number[] };
	for (let run = 0; run < 3; run++) {
		const started = performance.now();
		const rows = readRowsEarly(db);
		const opened = await unlockVault(header, passphrase);
		const kdfDone = performance.now();
		const repository = new EncryptedRepository(db, opened.dataKey);
		await repository.load(rows);
		const loaded = performance.now();
		if (repository.count('person') !== count) throw new Error('load lost records');
		samples.kdf.push(kdfDone - started);
		samples.load.push(loaded - kdfDone);
		samples.total.push(loaded - started);
	}
	db.close();
	return {
		records: count,
		unlockTotalMs: summarize(samples.total).median,
		kdfMs: summarize(samples.kdf).median,
		loadDecryptValidateMs: summarize(samples.load).median,
		perRecordUs: round((summarize(samples.load).median * 1000) / count)
	};
}
