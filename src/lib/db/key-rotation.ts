import type { ItemRow } from './database';
import { encodeItem, newRowId } from './item-codec';
import type { StoredEnvelope } from './working-set';

/** How a rotation reports progress and what else it writes in its one transaction. */
export interface RotationOptions {
	/** Called with the share done (0..1) while encrypting, and with 1 before the write. */
	onProgress?: (done: number) => void;
	/** Runs inside the rotation's transaction (scope: items, sealed, vault). */
	inTransaction?: () => Promise<void>;
}

/** A row encrypted under the new key, and the row it replaces. */
export interface RotatedRow {
	from: string;
	row: ItemRow;
	envelope: StoredEnvelope['envelope'];
}

/** Records per chunk between yields: about 20 ms of work, so the progress bar paints. */
const CHUNK = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Encrypts every envelope under `newKey` into a new row with a new random id and a new
 * nonce. Nothing is written here: the caller writes all rows in one transaction.
 */
export async function encryptAll(
	newKey: Uint8Array,
	envelopes: readonly StoredEnvelope[],
	onProgress?: (done: number) => void
): Promise<RotatedRow[]> {
	const out: RotatedRow[] = [];
	for (let start = 0; start < envelopes.length; start += CHUNK) {
		for (const { row: from, envelope } of envelopes.slice(start, start + CHUNK)) {
			out.push({ from, row: encodeItem(newKey, newRowId(), envelope), envelope });
		}
		onProgress?.(out.length / envelopes.length);
		await nextTask();
	}
	onProgress?.(1);
	return out;
}
