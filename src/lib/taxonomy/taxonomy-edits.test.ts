import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { addItem, canDeleteItem, checkLabel, moveItem, renameItem } from './taxonomy-edits';

const items = defaultTaxonomy();
const areas = () => items.filter((item) => item.list === 'areas');
const byId = (id: string) => items.find((item) => item.id === id) as TaxonomyItem;

describe('taxonomy edits', () => {
	it('adds an active item at the end of its list with a fresh id', () => {
		const result = addItem(
			{ list: 'themes', label: '  Pensioen  en  zorg ', activityKind: 'group' },
			items,
			() => 'new-id-1'
		);
		expect(result).toEqual({
			ok: true,
			value: {
				id: 'new-id-1',
				list: 'themes',
				label: 'Pensioen en zorg',
				labelEn: null,
				archived: false,
				order: 17,
				activityKind: null
			}
		});
	});

	it('keeps the chosen kind of a new activity', () => {
		const result = addItem(
			{ list: 'activities', label: 'Buurtfeest', activityKind: 'group' },
			items
		);
		expect(result.ok && result.value.activityKind).toBe('group');
	});

	it('refuses an empty, a too long or a duplicate label, ignoring case and spaces', () => {
		expect(checkLabel('themes', '   ', items)).toEqual({
			ok: false,
			errors: [{ code: 'emptyLabel', params: {} }]
		});
		expect(checkLabel('themes', 'x'.repeat(201), items).ok).toBe(false);
		expect(checkLabel('themes', ' werk ', items)).toEqual({
			ok: false,
			errors: [{ code: 'duplicateLabel', params: { label: 'Werk' } }]
		});
		expect(checkLabel('areas', 'Werk', items).ok).toBe(true);
	});

	it('says when the twin label is archived, so the worker can bring it back instead', () => {
		const archived = items.map((item) =>
			item.id === 'theme-werk' ? { ...item, archived: true } : item
		);
		expect(checkLabel('themes', 'Werk', archived)).toEqual({
			ok: false,
			errors: [{ code: 'duplicateArchived', params: { label: 'Werk' } }]
		});
	});

	it('renames an item, keeps its id, and may give or clear the English label', () => {
		const werk = byId('theme-werk');
		expect(renameItem(werk, 'Werk en inkomen', ' Work and income ', items)).toEqual({
			ok: true,
			value: { ...werk, label: 'Werk en inkomen', labelEn: 'Work and income' }
		});
		expect(renameItem(werk, 'WERK', '', items)).toEqual({
			ok: true,
			value: { ...werk, label: 'WERK', labelEn: null }
		});
		expect(renameItem(werk, 'Energie', '', items).ok).toBe(false);
	});

	it('moves an item by swapping it with its neighbour, and not past the ends', () => {
		expect(moveItem(items, 'area-zandberg', -1).map((item) => [item.id, item.order])).toEqual([
			['area-zandberg', 0],
			['area-centrum', 1]
		]);
		expect(moveItem(items, 'area-centrum', -1)).toEqual([]);
		expect(moveItem(items, 'area-eiland', 1)).toEqual([]);
	});

	it('skips archived items when moving and renumbers a list with tied orders', () => {
		const list = areas().map((item) => ({
			...item,
			order: 0,
			archived: item.id === 'area-zandberg'
		}));
		const moved = moveItem(list, 'area-hulste', -1);
		const order = new Map(list.map((item) => [item.id, item.order]));
		for (const item of moved) order.set(item.id, item.order);
		const sequence = [...order].sort((a, b) => a[1] - b[1]).map(([id]) => id);
		expect(sequence).toEqual([
			'area-hulste',
			'area-zandberg',
			'area-centrum',
			'area-overleie',
			'area-arendswijk',
			'area-eiland'
		]);
		expect(moveItem(list, 'area-zandberg', 1)).toEqual([]);
	});

	it('lets only an unused item added in this session be deleted', () => {
		expect(canDeleteItem(0, true)).toBe(true);
		expect(canDeleteItem(1, true)).toBe(false);
		expect(canDeleteItem(0, false)).toBe(false);
	});
});
