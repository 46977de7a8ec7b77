import fc from 'fast-check';
import { sealForVault } from '$lib/crypto';
import { openDatabase, type StekboekDatabase } from '$lib/db/database';
import { newId } from '$lib/domain/common.schema';
import { BackupError, type BackupRefusal } from '$lib/backup/backup-error';
import { BACKUP_FORMAT_VERSION, BACKUP_MAGIC } from '$lib/backup/backup-format';
import { readBackup } from '$lib/backup/backup-reader';
import { floorVault, memoisedUnlock, sampleRecords, TEST_PASSPHRASE } from './backup-test-kit';
import { writeBackup } from '$lib/backup/backup-writer';
import { writeNewVault } from '$lib/backup/restore-writer';

/** Cases per property in `npm test`; the benchmark passes 10,000. */
export const BACKUP_FUZZ_RUNS = 300;

type Mutation =
	| { op: 'flip'; at: number; bit: number }
	| { op: 'set'; at: number; byte: number }
	| { op: 'insert'; at: number; bytes: Uint8Array }
	| { op: 'delete'; at: number; length: number }
	| { op: 'truncate'; at: number }
	| { op: 'copy'; from: number; at: number; length: number };

/** Half the positions fall in the clear prefix and header, where the parsing happens. */
const position = fc.oneof(fc.nat({ max: 400 }), fc.nat());
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ op: fc.constant('flip'), at: position, bit: fc.nat({ max: 7 }) }),
	fc.record({ op: fc.constant('set'), at: position, byte: fc.nat({ max: 255 }) }),
	fc.record({
		op: fc.constant('insert'),
		at: position,
		bytes: fc.uint8Array({ minLength: 1, maxLength: 8 })
	}),
	fc.record({ op: fc.constant('delete'), at: position, length: fc.integer({ min: 1, max: 64 }) }),
	fc.record({ op: fc.constant('truncate'), at: fc.nat() }),
	fc.record({
		op: fc.constant('copy'),
		from: fc.nat(),
		at: fc.nat(),
		length: fc.integer({ min: 1, max: 70_000 })
	})
);

function apply(file: Uint8Array, edit: Mutation): Uint8Array {
	const at = edit.at % (file.length + 1);
	const out = file.slice();
	switch (edit.op) {
		case 'flip':
			if (at < out.length) out[at]! ^= 1 << edit.bit;
			return out;
		case 'set':
			if (at < out.length) out[at] = edit.byte;
			return out;
		case 'insert':
			return concat(file.subarray(0, at), edit.bytes, file.subarray(at));
		case 'delete':
			return concat(file.subarray(0, at), file.subarray(at + edit.length));
		case 'truncate':
			return file.slice(0, at);
		case 'copy': {
			const from = edit.from % Math.max(file.length, 1);
			out.set(
				file.subarray(from, from + edit.length).subarray(0, Math.max(out.length - at, 0)),
				at
			);
			return out;
		}
	}
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

const same = (a: Uint8Array, b: Uint8Array) =>
	a.length === b.length && a.every((x, i) => x === b[i]);

/** What the fuzz run saw: cases per refusal reason ("accepted" = an unchanged file). */
export type FuzzTally = Partial<Record<BackupRefusal | 'accepted', number>>;

/**
 * Feeds the reader random bytes, random bytes behind a valid prefix, and valid backups
 * damaged 1–4 times (bit flips, bytes set, inserted, deleted, cut off, blocks copied over
 * other blocks), with the right or a wrong passphrase. Each case goes through the real
 * restore path (read, then write a new vault) on an empty database. Fails unless every
 * case either is the untouched file or is refused with a `BackupError` other than
 * `unexpected` — and the database is still empty afterwards.
 */
export async function checkBackupReaderNeverThrows(
	runs: number = BACKUP_FUZZ_RUNS,
	seed?: number,
	db: StekboekDatabase = openDatabase(`backup-fuzz-${newId()}`)
): Promise<FuzzTally> {
	const { header, keys } = await floorVault();
	const sealed = [{ id: 'sealed-1', sealed: sealForVault(keys.publicKey, new Uint8Array([1])) }];
	const records = sampleRecords(10, 120);
	const createdAt = new Date(0).toISOString();
	const { bytes: valid } = await writeBackup({ header, keys, records, sealed, createdAt });
	const unlock = memoisedUnlock();
	const prefix = new TextEncoder().encode(
		`${BACKUP_MAGIC}\u0000${String.fromCharCode(BACKUP_FORMAT_VERSION)}`
	);
	const inputs = fc.oneof(
		{ arbitrary: fc.uint8Array({ maxLength: 3000 }), weight: 1 },
		{
			arbitrary: fc.uint8Array({ maxLength: 3000 }).map((tail) => concat(prefix, tail)),
			weight: 1
		},
		{
			arbitrary: fc
				.array(mutation, { minLength: 1, maxLength: 4 })
				.map((edits) => edits.reduce(apply, valid)),
			weight: 6
		}
	);
	const tally: FuzzTally = {};
	await fc.assert(
		fc.asyncProperty(inputs, fc.boolean(), async (bytes, rightPassphrase) => {
			const passphrase = rightPassphrase ? TEST_PASSPHRASE : 'niet de juiste wachtwoordzin';
			let outcome: BackupRefusal | 'accepted';
			try {
				await writeNewVault(db, await readBackup(bytes, passphrase, { unlock }));
				outcome = 'accepted';
			} catch (error) {
				if (!(error instanceof BackupError) || error.reason === 'unexpected') throw error;
				outcome = error.reason;
			}
			tally[outcome] = (tally[outcome] ?? 0) + 1;
			if (outcome === 'accepted') {
				if (!same(bytes, valid) || !rightPassphrase) throw new Error('accepted a changed backup');
				await db.delete();
				await db.open();
			} else if ((await db.vault.count()) + (await db.items.count()) > 0) {
				throw new Error(`refused (${outcome}) but wrote`);
			}
		}),
		{ numRuns: runs, seed }
	);
	db.close();
	return tally;
}
