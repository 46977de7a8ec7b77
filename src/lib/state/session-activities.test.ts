import { describe, expect, it } from 'vitest';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { groupActivities } from './session-activities';
import { newSession } from './session-attendance';

function activity(id: string, order: number, extra: Partial<TaxonomyItem> = {}): TaxonomyItem {
	return {
		id,
		list: 'activities',
		label: id,
		labelEn: null,
		archived: false,
		order,
		activityKind: 'group',
		...extra
	};
}

describe('groupActivities', () => {
	it('puts the activity held last first, then the others in list order', () => {
		const taxonomy = [
			activity('act-a', 0),
			activity('act-b', 1),
			activity('act-c', 2),
			activity('act-home', 3, { activityKind: 'individual' })
		];
		const sessions = [
			newSession('act-c', '2024-05-01', 'session-1'),
			newSession('act-b', '2024-04-01', 'session-2')
		];
		const { active, archived } = groupActivities(taxonomy, sessions);
		expect(active.map((entry) => entry.activity.id)).toEqual(['act-c', 'act-b', 'act-a']);
		expect(archived).toEqual([]);
	});

	it('keeps archived activities only while they have sessions', () => {
		const taxonomy = [
			activity('act-old', 0, { archived: true }),
			activity('act-gone', 1, { archived: true })
		];
		const sessions = [newSession('act-old', '2020-01-01', 'session-1')];
		const { active, archived } = groupActivities(taxonomy, sessions);
		expect(active).toEqual([]);
		expect(archived.map((entry) => entry.activity.id)).toEqual(['act-old']);
	});
});
