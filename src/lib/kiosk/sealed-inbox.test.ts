import { beforeAll, describe, expect, it } from 'vitest';
import type { VaultKeys } from '$lib/crypto';
import type { SealedRow } from '$lib/db/database';
import type { Change } from '$lib/db/encrypted-repository';
import { captureOfDraft } from './quick-capture-draft';
import { sealEntry } from './sealed-entry';
import { importSealed, type InboxStore } from './sealed-inbox';
import { testVault } from '$test-support/kiosk/kiosk-test-kit';

let keys: VaultKeys;
let other: VaultKeys;

beforeAll(async () => {
	({ keys } = await testVault());
	({ keys: other } = await testVault());
});

/** An in-memory vault and sealed table; `failDelete` simulates a crash after the commit. */
function memoryStore(rows: SealedRow[], failDelete = false) {
	const records = new Map<string, unknown>();
	const commits: Change[][] = [];
	let sealed = [...rows];
	const store: InboxStore = {
		sealedRows: async () => [...sealed],
		async deleteSealed(ids) {
			if (failDelete) throw new Error('tab closed');
			sealed = sealed.filter((row) => !ids.includes(row.id));
		},
		has: (kind, id) => records.has(`${kind}|${id}`),
		async commit(changes) {
			commits.push(changes);
			for (const change of changes)
				if (change.op === 'put') records.set(`${change.kind}|${change.record.id}`, change.record);
		}
	};
	return {
		store,
		records,
		commits,
		get sealed() {
			return sealed;
		},
		crashFixed() {
			failDelete = false;
		}
	};
}

function focusRow(text: string, publicKey = keys.publicKey): SealedRow {
	const id = crypto.randomUUID();
	return sealEntry(publicKey, {
		format: 1,
		kind: 'focusInput',
		input: { id, focusSessionId: 'session-1', answers: [{ promptId: 'prompt-1', text }] }
	});
}

describe('importSealed', () => {
	it('turns inputs and captures into records in one commit and removes the sealed rows', async () => {
		const capture = {
			id: crypto.randomUUID(),
			date: '2024-05-02',
			activityId: 'act-digipunt',
			themeId: 'theme-energie',
			note: 'Sentinel-snel'
		};
		const rows = [
			focusRow('een'),
			focusRow('twee'),
			sealEntry(keys.publicKey, { format: 1, kind: 'quickCapture', capture })
		];
		const memory = memoryStore(rows);
		const result = await importSealed(keys, memory.store);
		expect(result).toEqual({ focusInputs: 2, quickCaptures: 1, unreadable: 0 });
		expect(memory.commits).toHaveLength(1);
		expect(memory.sealed).toEqual([]);
		const draft = memory.records.get(`draft|${capture.id}`);
		expect(captureOfDraft(draft as never)).toEqual(capture);
		for (const row of rows.slice(0, 2))
			expect(memory.records.has(`focusInput|${row.id}`)).toBe(true);
	});

	it('is idempotent: a crash between commit and deletion never doubles an input', async () => {
		const rows = [focusRow('een'), focusRow('twee'), focusRow('drie')];
		const memory = memoryStore(rows, true);
		await expect(importSealed(keys, memory.store)).rejects.toThrow('tab closed');
		expect(memory.records.size).toBe(3);
		expect(memory.sealed).toHaveLength(3);
		memory.crashFixed();
		const again = await importSealed(keys, memory.store);
		expect(again.focusInputs).toBe(3);
		// The second run writes nothing new; it only clears the rows already taken in.
		expect(memory.commits).toHaveLength(1);
		expect(memory.records.size).toBe(3);
		expect(memory.sealed).toEqual([]);
	});

	it('leaves rows that do not open where they are', async () => {
		const foreign = focusRow('van een andere kluis', other.publicKey);
		const memory = memoryStore([foreign, focusRow('eigen')]);
		const result = await importSealed(keys, memory.store);
		expect(result).toEqual({ focusInputs: 1, quickCaptures: 0, unreadable: 1 });
		expect(memory.sealed).toEqual([foreign]);
	});

	it('does not bring back a capture already completed into a contact', async () => {
		const capture = {
			id: crypto.randomUUID(),
			date: '2024-05-02',
			activityId: null,
			themeId: null,
			note: 'x'
		};
		const memory = memoryStore([
			sealEntry(keys.publicKey, { format: 1, kind: 'quickCapture', capture })
		]);
		memory.records.set(`contact|${capture.id}`, { id: capture.id });
		await importSealed(keys, memory.store);
		expect(memory.records.has(`draft|${capture.id}`)).toBe(false);
		expect(memory.sealed).toEqual([]);
	});
});
