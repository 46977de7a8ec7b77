import { describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/db/database';
import { writeVaultHeader } from '$lib/db/vault-store';
import { newId } from '$lib/domain/common.schema';
import { testVault } from '$test-support/kiosk/kiosk-test-kit';
import { openEntry } from '$lib/kiosk/sealed-entry';
import { hasContent, registrationFromCapture, saveQuickCapture } from './quick-capture';
import { quickListsOf, readQuickLists, storeQuickLists } from './quick-capture-lists';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { memoryStorage } from '$test-support/kiosk/kiosk-test-kit';

const NOTE = 'Sentinel-snel-Q9: vraagt naar de energiepremie';

describe('quick capture', () => {
	it('is sealed while locked and opens only with the vault key pair', async () => {
		const { header, keys } = await testVault();
		const db = openDatabase(`quick-${newId()}`);
		await writeVaultHeader(db, header);
		await saveQuickCapture(
			db,
			{ activityId: 'act-huisbezoek', themeId: 'theme-energie', note: ` ${NOTE} ` },
			'2024-05-02'
		);
		const [row] = await db.sealed.toArray();
		expect(new TextDecoder().decode(row!.sealed)).not.toContain('Sentinel');
		const entry = openEntry(keys, row!);
		expect(entry?.kind === 'quickCapture' && entry.capture).toMatchObject({
			date: '2024-05-02',
			activityId: 'act-huisbezoek',
			themeId: 'theme-energie',
			note: NOTE
		});
	});

	it('needs something to note', () => {
		expect(hasContent({ activityId: null, themeId: null, note: '  ' })).toBe(false);
		expect(hasContent({ activityId: null, themeId: 'theme-werk', note: '' })).toBe(true);
	});

	it('prefills the registration under its own id, with a help request for its theme', () => {
		const capture = {
			id: newId(),
			date: '2024-05-02',
			activityId: 'act-huisbezoek',
			themeId: 'theme-energie',
			note: NOTE
		};
		const state = registrationFromCapture(capture);
		expect(state).toMatchObject({
			contactId: capture.id,
			activityId: 'act-huisbezoek',
			date: '2024-05-02',
			note: NOTE
		});
		expect(state.helpRequests).toMatchObject([{ themeIds: ['theme-energie'], approachIds: [] }]);
		expect(registrationFromCapture({ ...capture, themeId: null }).helpRequests).toEqual([]);
	});

	it('keeps only active activity and theme names for the lock screen', () => {
		const storage = memoryStorage();
		const items = defaultTaxonomy().map((item) =>
			item.id === 'act-naaiatelier' ? { ...item, archived: true } : item
		);
		storeQuickLists(storage, quickListsOf(items));
		const lists = readQuickLists(storage);
		expect(lists.activities.some((item) => item.id === 'act-naaiatelier')).toBe(false);
		expect(lists.activities.some((item) => item.id === 'act-huisbezoek')).toBe(true);
		expect(lists.themes.every((item) => item.id.startsWith('theme-'))).toBe(true);
		expect(readQuickLists(null)).toEqual({ activities: [], themes: [] });
	});
});
