import { Dexie } from 'dexie';
import { randomBytes } from '$lib/crypto';
import { openDatabase } from '$lib/db/database';
import { EncryptedRepository } from '$lib/db/encrypted-repository';
import { newId } from '$lib/domain/common.schema';
import { recordKinds, type RecordKind } from '$lib/domain/record-kinds';
import { demoOfSize } from './demo-records';
import { round, summarize, time } from './stats';

type PlainRow = { kind: string; id: string; record: unknown };

/**
 * Loading a vault after unlock, encrypted (toArray + decrypt + JSON + zod) against the
 * same records in plain Dexie (toArray + zod), so the ratio is the price of encryption.
 */
export async function benchLoad(target: number) {
	const { changes } = demoOfSize(target);
	const key = randomBytes(32);
	const encryptedDb = openDatabase(`bench-load-${newId()}`);
	await new EncryptedRepository(encryptedDb, key).commit(changes);
	const plainDb = new Dexie(`bench-plain-${newId()}`) as Dexie & { rows: Dexie.Table<PlainRow> };
	plainDb.version(1).stores({ rows: '[kind+id]' });
	await plainDb.rows.bulkPut(
		changes.map(
			(c) => (c.op === 'put' ? { kind: c.kind, id: c.record.id, record: c.record } : null)!
		)
	);
	const encrypted: number[] = [];
	const plain: number[] = [];
	for (let run = 0; run < 3; run++) {
		encrypted.push(await time(() => new EncryptedRepository(encryptedDb, key).load()));
		plain.push(
			await time(async () => {
				for (const row of await plainDb.rows.toArray()) {
					recordKinds[row.kind as RecordKind].schema.safeParse(row.record);
				}
			})
		);
	}
	encryptedDb.close();
	plainDb.close();
	const enc = summarize(encrypted).median;
	const pla = summarize(plain).median;
	return { records: changes.length, encryptedMs: enc, plainMs: pla, ratio: round(enc / pla) };
}
