import type { RecordKind, RecordOf } from '$lib/domain/record-kinds';
import type { ItemRow, StekboekDatabase } from './database';
import { decodeEnvelope, decodeItems, encodeItem, envelopeOf, newRowId } from './item-codec';
import { encryptAll, type RotationOptions } from './key-rotation';
import { migrateLegacyRows } from './legacy-migration';
import { WorkingSet, type SetAsideRecord } from './working-set';
import { sameNonce, WriteConflictError } from './write-conflict';

export type { SetAsideRecord } from './working-set';

/**
 * Every stored row, read without the key so that reading overlaps Argon2id (which runs in
 * a worker): about half of a 10k-record unlock. Null when rows of the old layout exist.
 */
export function readRowsEarly(db: StekboekDatabase): Promise<ItemRow[] | null> {
	return db.transaction('r', [db.records, db.items], async () =>
		(await db.records.count()) > 0 ? null : db.items.toArray()
	);
}

/** One part of a logical change: write a record, or remove one. */
export type Change =
	| { [K in RecordKind]: { op: 'put'; kind: K; record: RecordOf<K> } }[RecordKind]
	| { op: 'delete'; kind: RecordKind; id: string };

/**
 * The only way records reach IndexedDB: encrypts on write, decrypts and validates on
 * read, and keeps the decrypted working set in memory so that pages query memory.
 * Rows are opaque (random row id, nonce, padded ciphertext); the working set maps each
 * record to its row, so callers keep addressing records by kind and id.
 * One `commit` is one IndexedDB transaction: all of it is written, or none of it.
 * Each row's nonce doubles as its version: a commit whose rows another tab rewrote since
 * this tab read them is refused, so two tabs never silently overwrite each other.
 */
export class EncryptedRepository {
	readonly #db: StekboekDatabase;
	#dataKey: Uint8Array;
	#set = new WorkingSet();
	#legacy: SetAsideRecord[] = [];

	constructor(db: StekboekDatabase, dataKey: Uint8Array) {
		this.#db = db;
		this.#dataKey = dataKey;
	}

	/**
	 * Reads and decrypts every row once, after unlock. Rows of the old clear layout are
	 * first moved into the opaque table in one transaction. Unreadable rows are set aside.
	 * `early` is `readRowsEarly`, started while the key was being derived: its rows are
	 * used when it found no rows of the old layout, which must be moved (and read) first.
	 */
	async load(early?: Promise<ItemRow[] | null>): Promise<void> {
		let rows = (await early?.catch(() => null)) ?? null;
		if (!rows) {
			this.#legacy = await migrateLegacyRows(this.#db, this.#dataKey);
			rows = await this.#db.items.toArray();
		}
		const decoded = decodeItems(this.#dataKey, rows);
		this.#set = new WorkingSet();
		rows.forEach((row, index) => this.#set.accept(row, decoded[index]!));
	}

	/** Re-reads the given rows after another tab wrote or removed them. */
	async refresh(rowIds: readonly string[]): Promise<void> {
		const rows = (await this.#db.items.bulkGet([...rowIds])).filter((row) => row !== undefined);
		const decoded = decodeItems(this.#dataKey, rows);
		rowIds.forEach((rowId) => this.#set.forget(rowId));
		rows.forEach((row, index) => this.#set.accept(row, decoded[index]!));
	}

	/** Rows found at load that could not be decrypted or validated. */
	get setAside(): readonly SetAsideRecord[] {
		return [...this.#legacy, ...this.#set.setAside];
	}

	get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
		return this.#set.records(kind).get(id);
	}

	all<K extends RecordKind>(kind: K): RecordOf<K>[] {
		return [...this.#set.records(kind).values()];
	}

	count(kind: RecordKind): number {
		return this.#set.records(kind).size;
	}

	/**
	 * Writes one logical change in one transaction, then updates the working set.
	 * Returns the ids of the rows it wrote or removed, for the other tabs to re-read.
	 */
	async commit(changes: readonly Change[]): Promise<string[]> {
		const fresh = new Map<string, string>();
		const rowFor = (kind: RecordKind, id: string) => {
			const known = this.#set.rowOf(kind, id) ?? fresh.get(`${kind}|${id}`);
			if (known) return known;
			const row = newRowId();
			fresh.set(`${kind}|${id}`, row);
			return row;
		};
		const puts: ItemRow[] = [];
		const deletes: string[] = [];
		for (const change of changes) {
			if (change.op === 'put') {
				const row = rowFor(change.kind, change.record.id);
				puts.push(encodeItem(this.#dataKey, row, envelopeOf(change.kind, change.record)));
			} else {
				const row = this.#set.rowOf(change.kind, change.id);
				if (row) deletes.push(row);
			}
		}
		const checked = [...new Set([...puts.map((row) => row.id), ...deletes])];
		await this.#db.transaction('rw', this.#db.items, async () => {
			const stored = await this.#db.items.bulkGet(checked);
			const conflicts = checked.filter(
				(row, index) => !sameNonce(stored[index]?.nonce, this.#set.nonceOf(row))
			);
			if (conflicts.length > 0) throw new WriteConflictError(conflicts);
			if (deletes.length > 0) await this.#db.items.bulkDelete(deletes);
			if (puts.length > 0) await this.#db.items.bulkPut(puts);
		});
		deletes.forEach((row) => this.#set.forget(row));
		const nonces = new Map(puts.map((row) => [row.id, row.nonce]));
		for (const change of changes) {
			if (change.op !== 'put') continue;
			const row = rowFor(change.kind, change.record.id);
			this.#set.put(row, change.kind, change.record, nonces.get(row)!);
		}
		return checked;
	}

	put<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<string[]> {
		return this.putMany(kind, [record]);
	}

	putMany<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): Promise<string[]> {
		return this.commit(records.map((record) => ({ op: 'put', kind, record }) as Change));
	}

	delete(kind: RecordKind, id: string): Promise<string[]> {
		return this.deleteMany(kind, [id]);
	}

	deleteMany(kind: RecordKind, ids: readonly string[]): Promise<string[]> {
		return this.commit(ids.map((id) => ({ op: 'delete', kind, id })));
	}

	/**
	 * Re-encrypts every record (and every decrypted row that failed its schema) under
	 * `newKey` in new rows, in ONE transaction that also runs `options.inTransaction`
	 * (the new vault header, the resealed kiosk rows). Encrypting yields to the event loop
	 * between chunks and reports progress; the write is all or nothing. If another tab
	 * changed any row since this tab read it, nothing is written (`WriteConflictError`).
	 * Rows that never decrypted stay as they are. Afterwards this repository uses `newKey`.
	 */
	async rotate(newKey: Uint8Array, options: RotationOptions = {}): Promise<void> {
		const prepared = await encryptAll(newKey, this.#set.envelopes(), options.onProgress);
		const known = this.#set.rowIds();
		const { items, sealed, vault } = this.#db;
		await this.#db.transaction('rw', [items, sealed, vault], async () => {
			const stored = await items.toArray();
			const changed = stored.filter((row) => !sameNonce(row.nonce, this.#set.nonceOf(row.id)));
			if (changed.length > 0 || stored.length !== known.length) {
				throw new WriteConflictError(changed.map((row) => row.id));
			}
			await items.bulkDelete(prepared.map(({ from }) => from));
			await items.bulkPut(prepared.map(({ row }) => row));
			await options.inTransaction?.();
		});
		this.#dataKey = newKey;
		prepared.forEach(({ from }) => this.#set.forget(from));
		for (const { row, envelope } of prepared) this.#set.accept(row, decodeEnvelope(envelope));
	}
}
