import { describe, expect, it } from 'vitest';
import type { RecordKind } from '$lib/domain/record-kinds';
import { backupSummary } from './backup-summary';

/** A stand-in vault holding `counts[kind]` records of each kind. */
function vaultWith(counts: Partial<Record<RecordKind, number>>) {
	return {
		list: (kind: RecordKind) => Array.from({ length: counts[kind] ?? 0 }, () => ({}))
	} as never;
}

describe('backupSummary', () => {
	it('counts persons and contacts, not the lists, settings or focus inputs', () => {
		const summary = backupSummary(
			vaultWith({ person: 3, contact: 5, taxonomy: 80, settings: 1, focusInput: 7, draft: 2 })
		);
		expect(summary).toEqual([
			{ kind: 'person', count: 3 },
			{ kind: 'contact', count: 5 }
		]);
	});

	it('names nothing for an empty vault', () => {
		expect(backupSummary(vaultWith({ taxonomy: 80, settings: 1 }))).toEqual([]);
	});
});
