import { describe, expect, it } from 'vitest';
import type { BackupRecord } from './backup-content';
import { planRestore } from './restore-plan';
import { samplePerson } from '$test-support/backup/backup-test-kit';

const [ada, bo, cas] = [samplePerson(1), samplePerson(2), samplePerson(3)];
const backup = {
	records: [ada, bo].map((record): BackupRecord => ({ kind: 'person', record })),
	sealed: [
		{ id: 'sealed-a', sealed: new Uint8Array([1]) },
		{ id: 'sealed-b', sealed: new Uint8Array([2]) }
	]
};
const device = {
	keys: [
		['person', bo.id],
		['person', cas.id],
		['mystery', 'unreadable-row']
	] as const,
	sealedIds: ['sealed-b', 'sealed-c']
};

describe('planRestore', () => {
	it('replace removes every stored row and writes the whole backup', () => {
		const plan = planRestore('replace', backup, { ...device, keys: [...device.keys] });
		expect(plan.remove).toEqual(device.keys);
		expect(plan.put).toEqual(backup.records);
		expect(plan.removeSealed).toEqual(['sealed-b', 'sealed-c']);
		expect(plan.putSealed).toEqual(backup.sealed);
		expect(plan).toMatchObject({ added: 1, overlapping: 1, removed: 2 });
	});

	it('merge adds only ids the device lacks and keeps the device version of the others', () => {
		const plan = planRestore('merge', backup, { ...device, keys: [...device.keys] });
		expect(plan.put).toEqual([{ kind: 'person', record: ada }]);
		expect(plan.remove).toEqual([]);
		expect(plan.putSealed.map((row) => row.id)).toEqual(['sealed-a']);
		expect(plan.removeSealed).toEqual([]);
		expect(plan).toMatchObject({ added: 1, overlapping: 1, removed: 0 });
	});

	it('matches ids per kind: the same id in another kind is not the same record', () => {
		const plan = planRestore('merge', backup, { keys: [['contact', ada.id]], sealedIds: [] });
		expect(plan.added).toBe(2);
	});

	it('onto an empty vault both modes write everything', () => {
		for (const mode of ['replace', 'merge'] as const) {
			const plan = planRestore(mode, backup, { keys: [], sealedIds: [] });
			expect(plan.put).toHaveLength(2);
			expect(plan.putSealed).toHaveLength(2);
		}
	});
});
