import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { exportTaxonomy } from './export-taxonomy';
import { planTaxonomyImport } from './plan-taxonomy-import';
import type { TaxonomyFile } from './taxonomy-file.schema';

const current = defaultTaxonomy();
const byId = (id: string) => current.find((item) => item.id === id) as TaxonomyItem;
const fileOf = (lists: TaxonomyFile['lists']): TaxonomyFile => ({
	format: 'stekboek-taxonomy',
	version: 1,
	lists
});

describe('planTaxonomyImport', () => {
	it('finds nothing to change in the device’s own export', () => {
		const plan = planTaxonomyImport(exportTaxonomy(current), current, new Map());
		expect(plan).toEqual({ ok: true, value: { changes: [], unchanged: current.length } });
	});

	it('adds new items at the end of their list and renames existing ones by id', () => {
		const plan = planTaxonomyImport(
			fileOf({
				themes: [
					{ id: 'theme-werk', label: 'Werk en inkomen', archived: false },
					{ id: 'theme-pensioen', label: 'Pensioen', archived: false }
				]
			}),
			current,
			new Map([['theme-werk', 4]])
		);
		expect(plan.ok && plan.value.changes).toEqual([
			{
				before: byId('theme-werk'),
				after: { ...byId('theme-werk'), label: 'Werk en inkomen' },
				kinds: ['renamed'],
				uses: 4
			},
			{
				before: null,
				after: {
					id: 'theme-pensioen',
					list: 'themes',
					label: 'Pensioen',
					labelEn: null,
					archived: false,
					order: 17,
					activityKind: null
				},
				kinds: ['added'],
				uses: 0
			}
		]);
	});

	it('reports archiving and un-archiving with the number of records using the item', () => {
		const archived = current.map((item) =>
			item.id === 'area-eiland' ? { ...item, archived: true } : item
		);
		const plan = planTaxonomyImport(
			fileOf({
				areas: [
					{ id: 'area-centrum', label: 'Centrum', archived: true },
					{ id: 'area-eiland', label: 'Eiland', archived: false }
				]
			}),
			archived,
			new Map([['area-eiland', 2]])
		);
		const kinds = plan.ok ? plan.value.changes.map((c) => [c.after.id, c.kinds, c.uses]) : [];
		expect(kinds).toEqual([
			['area-centrum', ['archived'], 0],
			['area-eiland', ['unarchived'], 2]
		]);
	});

	it('keeps the device’s English label, order and kind when the file leaves them out', () => {
		const plan = planTaxonomyImport(
			fileOf({ activities: [{ id: 'act-digipunt', label: 'Digipunt', archived: false }] }),
			current,
			new Map()
		);
		expect(plan).toEqual({ ok: true, value: { changes: [], unchanged: 1 } });
	});

	it('takes order, English label and activity kind from the file when it gives them', () => {
		const plan = planTaxonomyImport(
			fileOf({
				activities: [
					{
						id: 'act-digipunt',
						label: 'Digipunt',
						archived: false,
						labelEn: null,
						order: 40,
						activityKind: 'individual'
					},
					{ id: 'act-nieuw-x', label: 'Buurtfeest', archived: false, activityKind: 'group' }
				]
			}),
			current,
			new Map()
		);
		const changes = plan.ok ? plan.value.changes : [];
		expect(changes[0]?.kinds).toEqual(['renamed', 'moved', 'kindChanged']);
		expect(changes[1]?.after).toMatchObject({ order: 41, activityKind: 'group' });
	});

	it('makes a new activity individual by default and other items kindless', () => {
		const plan = planTaxonomyImport(
			fileOf({
				activities: [{ id: 'act-nieuw-y', label: 'Markt', archived: false }],
				forums: [{ id: 'forum-x', label: 'Raad', archived: false, activityKind: 'group' }]
			}),
			current,
			new Map()
		);
		const afters = plan.ok ? plan.value.changes.map((c) => c.after.activityKind) : [];
		expect(afters).toEqual(['individual', null]);
	});

	it('never deletes: items only on the device are not in the changes and stay', () => {
		const plan = planTaxonomyImport(fileOf({ themes: [] }), current, new Map());
		expect(plan).toEqual({ ok: true, value: { changes: [], unchanged: 0 } });
	});

	it('refuses an id the device holds in another list', () => {
		const plan = planTaxonomyImport(
			fileOf({ areas: [{ id: 'theme-werk', label: 'Werk', archived: false }] }),
			current,
			new Map()
		);
		expect(plan).toEqual({
			ok: false,
			errors: [
				{ code: 'listConflict', params: { id: 'theme-werk', list: 'areas', deviceList: 'themes' } }
			]
		});
	});
});
