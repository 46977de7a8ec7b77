import { describe, expect, it } from 'vitest';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import { resolveImport } from './resolve-import';
import { HEADER, previewOf, recordsOf, resolveOf, sheet } from '$test-support/import/test-fixtures';

const UNKNOWN = sheet(
	HEADER,
	'2022-01-01;AB;Buurtfeest;Pensioen;;Advies;;',
	'2022-01-01;AB;Digipunt;Werk;;Bellen;;'
);

describe('resolveImport', () => {
	it('refuses to resolve while an unknown label has no decision, and writes nothing', () => {
		const preview = previewOf(UNKNOWN);
		const result = resolveImport(preview, { 'themes:pensioen': { action: 'add' } });
		expect(result).toEqual({
			ok: false,
			errors: [
				{ code: 'undecidedLabel', params: { list: 'activities', label: 'Buurtfeest' } },
				{ code: 'undecidedLabel', params: { list: 'approaches', label: 'Bellen' } }
			]
		});
	});

	it('adds an unknown label as a new item at the end of its list, an activity as individual', () => {
		const records = recordsOf(previewOf(UNKNOWN));
		expect(records.taxonomyItems).toEqual([
			{
				id: 'id-00000001',
				list: 'activities',
				label: 'Buurtfeest',
				labelEn: null,
				archived: false,
				order: 19,
				activityKind: 'individual'
			},
			{
				id: 'id-00000002',
				list: 'themes',
				label: 'Pensioen',
				labelEn: null,
				archived: false,
				order: 17,
				activityKind: null
			},
			{
				id: 'id-00000003',
				list: 'approaches',
				label: 'Bellen',
				labelEn: null,
				archived: false,
				order: 8,
				activityKind: null
			}
		]);
		expect(records.contacts[0]).toMatchObject({
			activityId: 'id-00000001',
			helpRequests: [expect.objectContaining({ themeIds: ['id-00000002'] })]
		});
	});

	it('lets the worker add a new activity as a group activity', () => {
		const records = recordsOf(previewOf(UNKNOWN), {
			'activities:buurtfeest': { action: 'add', activityKind: 'group' }
		});
		expect(records.taxonomyItems[0]?.activityKind).toBe('group');
	});

	it('maps an unknown label onto an existing item and adds no item for it', () => {
		const records = recordsOf(previewOf(UNKNOWN), {
			'themes:pensioen': { action: 'map', toId: 'theme-financieel' },
			'approaches:bellen': { action: 'map', toId: 'appr-praktische-hulp' }
		});
		expect(records.taxonomyItems.map((item) => item.label)).toEqual(['Buurtfeest']);
		expect(records.contacts.map((contact) => contact.helpRequests[0]?.themeIds[0])).toEqual([
			'theme-financieel',
			'theme-werk'
		]);
		expect(records.contacts[1]?.helpRequests[0]?.approachIds).toEqual(['appr-praktische-hulp']);
	});

	it('merges contacts once an unknown activity is mapped onto the activity of the same day', () => {
		const preview = previewOf(UNKNOWN);
		expect(preview.contacts).toBe(2);
		const records = recordsOf(preview, {
			'activities:buurtfeest': { action: 'map', toId: 'act-digipunt' }
		});
		expect(records.contacts).toHaveLength(1);
		expect(records.contacts[0]?.helpRequests).toHaveLength(2);
	});

	it('refuses a mapping onto an item of another list or one that does not exist', () => {
		const result = resolveOf(previewOf(UNKNOWN), {
			'themes:pensioen': { action: 'map', toId: 'act-digipunt' },
			'approaches:bellen': { action: 'map', toId: 'appr-does-not-exist' }
		});
		expect(result.ok ? [] : result.errors.map((error) => [error.code, error.params.label])).toEqual(
			[
				['unknownTarget', 'Pensioen'],
				['unknownTarget', 'Bellen']
			]
		);
	});

	it('treats a malformed decision as no decision', () => {
		const preview = previewOf(sheet(HEADER, '2022-01-01;AB;Buurtfeest;;;;;'));
		const decisions = JSON.parse('{"activities:buurtfeest":{"action":"drop"}}') as never;
		expect(resolveImport(preview, decisions)).toMatchObject({
			ok: false,
			errors: [{ code: 'undecidedLabel' }]
		});
	});

	it('marks a help request as a signal when an unknown approach is mapped onto Opgepikt als signaal', () => {
		const records = recordsOf(previewOf(UNKNOWN), {
			'approaches:bellen': { action: 'map', toId: SIGNAL_APPROACH_ID }
		});
		expect(records.contacts[1]?.helpRequests[0]?.isSignal).toBe(true);
	});
});
