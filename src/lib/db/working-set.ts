import { recordKindNames, type RecordKind, type RecordOf } from '$lib/domain/record-kinds';
import type { ItemRow } from './database';
import { envelopeOf, type DecodedRow, type Envelope } from './item-codec';
import type { UnreadableReason } from './record-codec';

/**
 * A stored row that could not be read back. It stays in IndexedDB untouched. `kind` and
 * `id` are known when the row decrypted (or is in the old clear layout), not otherwise.
 */
export interface SetAsideRecord {
	row: string;
	reason: UnreadableReason;
	kind?: string;
	id?: string;
}

/** A row's content ready to be encrypted again (rotation): the row and its envelope. */
export interface StoredEnvelope {
	row: string;
	envelope: Envelope;
}

type Records = { [K in RecordKind]: Map<string, RecordOf<K>> };

/**
 * The decrypted records in memory and where each one is stored: per kind, record id to
 * row id, and every row's nonce, which doubles as its version.
 */
export class WorkingSet {
	readonly #records = Object.fromEntries(
		recordKindNames.map((kind) => [kind, new Map()])
	) as Records;
	// Per kind, record id to row id: a map per kind spares building a `kind|id` key for
	// each of the 10,000 records an unlock takes in.
	readonly #rowOf = Object.fromEntries(
		recordKindNames.map((kind) => [kind, new Map<string, string>()])
	) as Record<RecordKind, Map<string, string>>;
	readonly #rows = new Map<string, { nonce: Uint8Array; kind?: RecordKind; id?: string }>();
	readonly #unreadable = new Map<string, { item: SetAsideRecord; envelope?: Envelope }>();

	records<K extends RecordKind>(kind: K): Map<string, RecordOf<K>> {
		return this.#records[kind];
	}

	/** The row that holds a record, if this tab knows one. */
	rowOf(kind: RecordKind, id: string): string | undefined {
		return this.#rowOf[kind].get(id);
	}

	/** The nonce of a row as this tab last read or wrote it. */
	nonceOf(row: string): Uint8Array | undefined {
		return this.#rows.get(row)?.nonce;
	}

	/** Every row this tab knows of, readable or not. */
	rowIds(): string[] {
		return [...this.#rows.keys()];
	}

	get setAside(): SetAsideRecord[] {
		return [...this.#unreadable.values()].map(({ item }) => item);
	}

	/** Takes in a row read from storage, decoded by the caller (`decodeItem`). */
	accept(row: ItemRow, decoded: DecodedRow): void {
		if (decoded.ok && !this.#rowOf[decoded.kind].has(decoded.record.id)) {
			return this.put(row.id, decoded.kind, decoded.record as RecordOf<RecordKind>, row.nonce);
		}
		this.#rows.set(row.id, { nonce: row.nonce });
		if (!decoded.ok) return this.#setAside(row.id, decoded.reason, decoded.envelope, decoded.id);
		const envelope = envelopeOf(decoded.kind, decoded.record as RecordOf<RecordKind>);
		this.#setAside(row.id, 'duplicate', envelope, decoded.record.id);
	}

	/** Records a written record in memory. */
	put<K extends RecordKind>(row: string, kind: K, record: RecordOf<K>, nonce: Uint8Array): void {
		const id = (record as { id: string }).id;
		this.#records[kind].set(id, record);
		this.#rowOf[kind].set(id, row);
		this.#rows.set(row, { nonce, kind, id });
	}

	/** Forgets a row and the record it held. */
	forget(row: string): void {
		const known = this.#rows.get(row);
		this.#rows.delete(row);
		this.#unreadable.delete(row);
		if (!known?.kind || known.id === undefined) return;
		this.#records[known.kind].delete(known.id);
		if (this.#rowOf[known.kind].get(known.id) === row) {
			this.#rowOf[known.kind].delete(known.id);
		}
	}

	/** Every record and every decrypted-but-invalid row, to be encrypted under a new key. */
	envelopes(): StoredEnvelope[] {
		const out: StoredEnvelope[] = [];
		for (const [row, known] of this.#rows) {
			if (known.kind && known.id !== undefined) {
				const record = this.#records[known.kind].get(known.id) as RecordOf<RecordKind>;
				out.push({ row, envelope: envelopeOf(known.kind, record) });
			}
		}
		for (const [row, { envelope }] of this.#unreadable) if (envelope) out.push({ row, envelope });
		return out;
	}

	#setAside(row: string, reason: UnreadableReason, envelope?: Envelope, id?: string): void {
		const kind = envelope?.kind;
		const item: SetAsideRecord = { row, reason, ...(kind ? { kind } : {}), ...(id ? { id } : {}) };
		this.#unreadable.set(row, { item, envelope });
	}
}
