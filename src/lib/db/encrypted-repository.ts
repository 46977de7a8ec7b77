import { recordKindNames, type RecordKind, type RecordOf } from '$lib/domain/record-kinds';
import type { EncryptedRow, StekboekDatabase } from './database';
import { decodeRecord, encodeRecord, type UnreadableReason } from './record-codec';
import { sameNonce, WriteConflictError } from './write-conflict';

/** One part of a logical change: write a record, or remove one. */
export type Change =
	| { [K in RecordKind]: { op: 'put'; kind: K; record: RecordOf<K> } }[RecordKind]
	| { op: 'delete'; kind: RecordKind; id: string };

/** A stored row that could not be read back. It stays in IndexedDB untouched. */
export interface SetAsideRecord {
	kind: string;
	id: string;
	reason: UnreadableReason | 'unknown-kind';
}

export type RecordKey = readonly [kind: string, id: string];
type WorkingSet = { [K in RecordKind]: Map<string, RecordOf<K>> };
const keyOf = (kind: string, id: string) => `${kind}|${id}`;
const knownKinds = new Set<string>(recordKindNames);

/**
 * The only way records reach IndexedDB: encrypts on write, decrypts and validates on
 * read, and keeps the decrypted working set in memory so that pages query memory.
 * One `commit` is one IndexedDB transaction: all of it is written, or none of it.
 * Each row's nonce doubles as its version: a commit whose rows another tab rewrote since
 * this tab read them is refused, so two tabs never silently overwrite each other.
 */
export class EncryptedRepository {
	readonly #db: StekboekDatabase;
	readonly #dataKey: Uint8Array;
	readonly #records = Object.fromEntries(
		recordKindNames.map((kind) => [kind, new Map()])
	) as WorkingSet;
	readonly #versions = new Map<string, Uint8Array>();
	#setAside: SetAsideRecord[] = [];

	constructor(db: StekboekDatabase, dataKey: Uint8Array) {
		this.#db = db;
		this.#dataKey = dataKey;
	}

	/** Reads and decrypts every row once, after unlock. Unreadable rows are set aside. */
	async load(): Promise<void> {
		const rows = await this.#db.records.toArray();
		this.#setAside = [];
		this.#versions.clear();
		for (const kind of recordKindNames) this.#records[kind].clear();
		for (const row of rows) this.#accept(row);
	}

	/** Re-reads the given rows after another tab changed them. */
	async refresh(keys: readonly RecordKey[]): Promise<void> {
		const rows = await this.#db.records.bulkGet(keys.map(([kind, id]) => [kind, id]));
		keys.forEach(([kind, id], index) => {
			this.#forget(kind, id);
			const row = rows[index];
			if (row) this.#accept(row);
		});
	}

	/** Rows found at load that could not be decrypted or validated. */
	get setAside(): readonly SetAsideRecord[] {
		return this.#setAside;
	}

	get<K extends RecordKind>(kind: K, id: string): RecordOf<K> | undefined {
		return this.#records[kind].get(id);
	}

	all<K extends RecordKind>(kind: K): RecordOf<K>[] {
		return [...this.#records[kind].values()];
	}

	count(kind: RecordKind): number {
		return this.#records[kind].size;
	}

	/** Writes one logical change in one transaction, then updates the working set. */
	async commit(changes: readonly Change[]): Promise<void> {
		const keys = changes.map((change): RecordKey => [change.kind, idOf(change)]);
		const puts = changes.flatMap((change) =>
			change.op === 'put' ? [encodeRecord(this.#dataKey, change.kind, change.record)] : []
		);
		const deletes = changes.flatMap((change) =>
			change.op === 'delete' ? [[change.kind, change.id] as [string, string]] : []
		);
		await this.#db.transaction('rw', this.#db.records, async () => {
			const stored = await this.#db.records.bulkGet(keys.map(([kind, id]) => [kind, id]));
			const conflicts = keys.filter(
				([kind, id], index) => !sameNonce(stored[index]?.nonce, this.#versions.get(keyOf(kind, id)))
			);
			if (conflicts.length > 0) throw new WriteConflictError(conflicts);
			if (deletes.length > 0) await this.#db.records.bulkDelete(deletes);
			if (puts.length > 0) await this.#db.records.bulkPut(puts);
		});
		deletes.forEach(([kind, id]) => this.#forget(kind, id));
		for (const change of changes) {
			if (change.op !== 'put') continue;
			(this.#records[change.kind] as Map<string, unknown>).set(change.record.id, change.record);
		}
		for (const row of puts) this.#versions.set(keyOf(row.kind, row.id), row.nonce);
	}

	put<K extends RecordKind>(kind: K, record: RecordOf<K>): Promise<void> {
		return this.putMany(kind, [record]);
	}

	putMany<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): Promise<void> {
		return this.commit(records.map((record) => ({ op: 'put', kind, record }) as Change));
	}

	delete(kind: RecordKind, id: string): Promise<void> {
		return this.deleteMany(kind, [id]);
	}

	deleteMany(kind: RecordKind, ids: readonly string[]): Promise<void> {
		return this.commit(ids.map((id) => ({ op: 'delete', kind, id })));
	}

	#accept(row: EncryptedRow): void {
		this.#versions.set(keyOf(row.kind, row.id), row.nonce);
		if (!knownKinds.has(row.kind)) {
			this.#setAside.push({ kind: row.kind, id: row.id, reason: 'unknown-kind' });
			return;
		}
		const kind = row.kind as RecordKind;
		const result = decodeRecord(this.#dataKey, kind, row);
		if (result.ok) (this.#records[kind] as Map<string, unknown>).set(row.id, result.record);
		else this.#setAside.push({ kind, id: row.id, reason: result.reason });
	}

	#forget(kind: string, id: string): void {
		this.#versions.delete(keyOf(kind, id));
		if (knownKinds.has(kind)) this.#records[kind as RecordKind].delete(id);
		this.#setAside = this.#setAside.filter((item) => item.kind !== kind || item.id !== id);
	}
}

function idOf(change: Change): string {
	return change.op === 'put' ? change.record.id : change.id;
}
