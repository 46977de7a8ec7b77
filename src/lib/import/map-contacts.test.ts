import { describe, expect, it } from 'vitest';
import { HEADER, previewOf, recordsOf, sheet } from '$test-support/import/test-fixtures';

describe('mapSheet: grouping rows into contacts', () => {
	it('makes one contact with several help requests from rows of the same date, person and activity', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-03-01;AB;Digipunt;Werk;cv maken;Advies;;',
				'01/03/2022;ab ;digipunt;Huisvesting;;Informatie;;open'
			)
		);
		expect(preview).toMatchObject({ rowCount: 2, contacts: 1, helpRequests: 2 });
		const [contact] = recordsOf(preview).contacts;
		expect(contact?.helpRequests.map((help) => help.themeIds)).toEqual([
			['theme-werk'],
			['theme-huisvesting']
		]);
		expect(contact?.helpRequests.map((help) => help.status)).toEqual(['afgerond', 'open']);
	});

	it('keeps rows apart when the date, the person or the activity differs', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-03-01;AB;Digipunt;Werk;;Advies;;',
				'2022-03-02;AB;Digipunt;Werk;;Advies;;',
				'2022-03-01;CD;Digipunt;Werk;;Advies;;',
				'2022-03-01;AB;Naaiatelier;Werk;;Advies;;'
			)
		);
		expect(preview.contacts).toBe(4);
	});

	it('never merges anonymous rows, even on the same date and activity', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-03-01;;Digipunt;Werk;;Advies;;',
				'2022-03-01;;Digipunt;Werk;;Advies;;',
				'2022-03-01; ;Digipunt;;;;;'
			)
		);
		expect(preview).toMatchObject({
			contacts: 3,
			helpRequests: 2,
			persons: { new: 0, existing: 0 }
		});
		expect(recordsOf(preview).contacts.every((contact) => contact.personId === null)).toBe(true);
	});

	it('makes a contact without help request from a row with an empty Thema, its Omschrijving as note', () => {
		const records = recordsOf(
			previewOf(sheet(HEADER, '2022-03-01;AB;Soep met Babbels;;Vertelde over de kleinkinderen;;;'))
		);
		expect(records.contacts).toEqual([
			expect.objectContaining({
				note: 'Vertelde over de kleinkinderen',
				helpRequests: [],
				function: null
			})
		]);
	});

	it('joins a theme-less row into the contact of the same date, person and activity', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-03-01;AB;Digipunt;;Kwam koffie drinken;;;',
				'2022-03-01;AB;Digipunt;Werk;Cv;Advies;;'
			)
		);
		expect(preview.contacts).toBe(1);
		const [contact] = recordsOf(preview).contacts;
		expect(contact).toMatchObject({ note: 'Kwam koffie drinken' });
		expect(contact?.helpRequests[0]?.description).toBe('Cv');
	});

	it('links every contact of a person to the same person record', () => {
		const records = recordsOf(
			previewOf(sheet(HEADER, '2022-03-01;AB;Digipunt;;;;;', '2022-04-01;Ab;Naaiatelier;;;;;'))
		);
		expect(records.persons).toHaveLength(1);
		expect(new Set(records.contacts.map((contact) => contact.personId))).toEqual(
			new Set([records.persons[0]?.id])
		);
	});

	it('continues in a second contact beyond 50 help requests, so no row is lost', () => {
		const rows = Array.from({ length: 51 }, () => '2022-03-01;AB;Digipunt;Werk;;Advies;;');
		const records = recordsOf(previewOf(sheet(HEADER, ...rows)));
		expect(records.contacts.map((contact) => contact.helpRequests.length)).toEqual([50, 1]);
	});
});
