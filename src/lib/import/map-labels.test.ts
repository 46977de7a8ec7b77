import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import { HEADER, previewOf, recordsOf, sheet } from '$test-support/import/test-fixtures';

describe('mapSheet: taxonomy labels', () => {
	it('splits Thema, Aanpak and Doorverwijzing naar on | into several items', () => {
		const records = recordsOf(
			previewOf(
				sheet(
					HEADER,
					'2022-01-01;AB;Digipunt;Werk | Opleiding;;Advies|Doorverwijzing;VDAB|Arktos;doorverwezen'
				)
			)
		);
		expect(records.contacts[0]?.helpRequests[0]).toMatchObject({
			themeIds: ['theme-werk', 'theme-opleiding'],
			approachIds: ['appr-advies', 'appr-doorverwijzing'],
			referralIds: ['ref-vdab', 'ref-arktos'],
			status: 'doorverwezen'
		});
	});

	it('matches labels ignoring case and surrounding spaces, and drops repeats and empty parts', () => {
		const preview = previewOf(
			sheet(HEADER, '2022-01-01;AB; DIGIPUNT ;  huisvesting|HUISVESTING||;;  advies ;;')
		);
		expect(preview.unknownLabels).toEqual([]);
		expect(recordsOf(preview).contacts[0]).toMatchObject({
			activityId: 'act-digipunt',
			helpRequests: [
				expect.objectContaining({ themeIds: ['theme-huisvesting'], approachIds: ['appr-advies'] })
			]
		});
	});

	it('matches the English labels of the taxonomy too', () => {
		const records = recordsOf(
			previewOf(sheet(HEADER, '2022-01-01;AB;Social grocery;Housing;;Listening ear;Town hall;'))
		);
		expect(records.contacts[0]).toMatchObject({
			activityId: 'act-sociale-kruidenier',
			helpRequests: [
				expect.objectContaining({
					themeIds: ['theme-huisvesting'],
					approachIds: ['appr-luisterend-oor'],
					referralIds: ['ref-stadhuis']
				})
			]
		});
	});

	it('still matches archived items', () => {
		const taxonomy = defaultTaxonomy().map((item) =>
			item.id === 'theme-nt2' ? { ...item, archived: true } : item
		);
		const preview = previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;nt2;;Advies;;'), [], taxonomy);
		expect(preview.unknownLabels).toEqual([]);
	});

	it('lists each unknown label once per list, with the lines that use it', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-01-01;AB;Buurtfeest;Werk|Pensioen;;Advies;;',
				'2022-01-02;AB;buurtfeest ;pensioen;;Bellen;;',
				'2022-01-03;AB;Digipunt;Werk;;Advies;Pensioen;'
			)
		);
		expect(preview.unknownLabels).toEqual([
			{ key: 'activities:buurtfeest', list: 'activities', label: 'Buurtfeest', lines: [2, 3] },
			{ key: 'themes:pensioen', list: 'themes', label: 'Pensioen', lines: [2, 3] },
			{ key: 'approaches:bellen', list: 'approaches', label: 'Bellen', lines: [3] },
			{ key: 'referrals:pensioen', list: 'referrals', label: 'Pensioen', lines: [4] }
		]);
	});

	it('does not list unknown labels of rows that are left out', () => {
		const preview = previewOf(sheet(HEADER, 'gisteren;AB;Buurtfeest;;;;;'));
		expect(preview.unknownLabels).toEqual([]);
	});

	it('flags a help request as a signal when Aanpak includes Opgepikt als signaal', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-01-01;AB;Digipunt;Energie;;Advies|opgepikt als SIGNAAL;;',
				'2022-01-01;CD;Digipunt;Energie;;Advies;;'
			)
		);
		expect(preview.signals).toBe(1);
		const flags = recordsOf(preview).contacts.map((contact) => contact.helpRequests[0]?.isSignal);
		expect(flags).toEqual([true, false]);
		expect(recordsOf(preview).contacts[0]?.helpRequests[0]?.approachIds).toContain(
			SIGNAL_APPROACH_ID
		);
	});
});
