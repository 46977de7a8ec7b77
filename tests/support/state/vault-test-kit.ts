import type { Change } from '$lib/db/encrypted-repository';
import type { RecordKind, RecordOf } from '$lib/domain/record-kinds';
import type { VaultData } from '$lib/state/vault-data.svelte';

/** Test support: a vault in memory whose commit applies puts and deletes in one step. */
export interface MemoryVault {
	data: VaultData;
	/** Every commit, in order, as the list of changes it was given. */
	commits: Change[][];
	/** Makes the next commit throw `error` (and write nothing). */
	failNext(error: unknown): void;
}

/** A stand-in for the unlocked vault, holding `records` per kind. */
export function memoryVault(records: { [K in RecordKind]?: RecordOf<K>[] } = {}): MemoryVault {
	const store = new Map<RecordKind, Map<string, { id: string }>>();
	const table = (kind: RecordKind) => {
		if (!store.has(kind)) store.set(kind, new Map());
		return store.get(kind)!;
	};
	for (const [kind, list] of Object.entries(records) as [RecordKind, { id: string }[]][])
		for (const record of list) table(kind).set(record.id, record);
	const commits: Change[][] = [];
	let failure: unknown = null;
	const data = {
		list: (kind: RecordKind) => [...table(kind).values()],
		get: (kind: RecordKind, id: string) => table(kind).get(id),
		async commit(changes: readonly Change[]) {
			if (failure !== null) {
				const error = failure;
				failure = null;
				throw error;
			}
			commits.push([...changes]);
			for (const change of changes) {
				if (change.op === 'put') table(change.kind).set(change.record.id, change.record);
				else table(change.kind).delete(change.id);
			}
		}
	};
	return {
		data: data as unknown as VaultData,
		commits,
		failNext: (error) => (failure = error)
	};
}
