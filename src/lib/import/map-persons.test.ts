import { describe, expect, it } from 'vitest';
import { previewOf, recordsOf, sheet, vaultPerson } from '$test-support/import/test-fixtures';

const HEADER =
	'Datum;Persoon;Activiteit;Geslacht;Leeftijd;Gezinssituatie;Herkomst;Thuistaal Nederlands;Gekend bij sociale dienst;Eerste contact';

describe('mapSheet: persons', () => {
	it('treats rows with the same alias, in any case and spacing, as one person', () => {
		const preview = previewOf(
			sheet(
				HEADER,
				'2022-01-01;Mo K;Digipunt',
				'2022-02-01; mo  k ;Digipunt',
				'2022-02-01;Mo;Digipunt'
			)
		);
		expect(preview.persons).toEqual({ new: 2, existing: 0 });
		expect(recordsOf(preview).persons.map((person) => person.alias)).toEqual(['Mo K', 'Mo']);
	});

	it('takes each attribute from the row with the latest date that fills it, whatever the file order', () => {
		const records = recordsOf(
			previewOf(
				sheet(
					HEADER,
					'2022-06-01;AB;Digipunt;vrouw;25-44;alleenstaand;;;;',
					'2022-01-01;AB;Digipunt;man;18-24;;EU;nee;;',
					'2022-03-01;AB;Digipunt;;;eenoudergezin;;;ja;'
				)
			)
		);
		expect(records.persons[0]).toMatchObject({
			gender: 'vrouw',
			ageBand: '25-44',
			household: 'alleenstaand',
			origin: 'EU',
			dutchHomeLanguage: 'nee',
			knownToSocialService: 'ja'
		});
	});

	it('on the same date takes the attribute of the later row in the file', () => {
		const records = recordsOf(
			previewOf(
				sheet(HEADER, '2022-03-01;AB;Digipunt;vrouw;;;;;;', '01/03/2022;AB;Naaiatelier;x;;;;;;')
			)
		);
		expect(records.persons[0]?.gender).toBe('x');
	});

	it('lets onbekend not hide a value known from another row', () => {
		const records = recordsOf(
			previewOf(
				sheet(HEADER, '2022-01-01;AB;Digipunt;man;;;;;;', '2022-09-01;AB;Digipunt;onbekend;;;;;;')
			)
		);
		expect(records.persons[0]?.gender).toBe('man');
	});

	it('accepts attribute values in any case and the English forms', () => {
		const records = recordsOf(
			previewOf(
				sheet(HEADER, '2022-01-01;AB;Digipunt;Female;18 - 24;Single parent;non-EU;Yes;NEE;')
			)
		);
		expect(records.persons[0]).toMatchObject({
			gender: 'vrouw',
			ageBand: '18-24',
			household: 'eenoudergezin',
			origin: 'niet-EU',
			dutchHomeLanguage: 'ja',
			knownToSocialService: 'nee'
		});
	});

	it('sets first contact to the earliest row of the person when Eerste contact is empty', () => {
		const records = recordsOf(
			previewOf(sheet(HEADER, '2022-05-01;AB;Digipunt', '2022-02-01;AB;Digipunt'))
		);
		expect(records.persons[0]).toMatchObject({
			firstContact: '2022-02-01',
			intake: 'onbekend',
			areaId: null,
			notes: ''
		});
	});

	it('uses an Eerste contact date that lies before the rows', () => {
		const records = recordsOf(previewOf(sheet(HEADER, '2022-05-01;AB;Digipunt;;;;;;;15/09/2019')));
		expect(records.persons[0]?.firstContact).toBe('2019-09-15');
	});

	it('does not put first contact after a row of the same person', () => {
		const records = recordsOf(previewOf(sheet(HEADER, '2022-05-01;AB;Digipunt;;;;;;;2023-01-01')));
		expect(records.persons[0]?.firstContact).toBe('2022-05-01');
	});

	it('matches an alias of a vault person and counts that person as existing', () => {
		const existing = vaultPerson('Mo K', { gender: 'man' });
		const preview = previewOf(
			sheet(HEADER, '2022-01-01;mo k;Digipunt', '2022-01-02;New;Digipunt'),
			[existing]
		);
		expect(preview.persons).toEqual({ new: 1, existing: 1 });
		const records = recordsOf(preview);
		expect(records.contacts[0]?.personId).toBe(existing.id);
		expect(records.persons.map((person) => person.alias)).toEqual(['New']);
	});

	it('fills unknown fields of an existing person but never overwrites known ones, the alias or the notes', () => {
		const existing = vaultPerson('AB', { gender: 'man', firstContact: '2022-03-01' });
		const records = recordsOf(
			previewOf(sheet(HEADER, '2022-01-01;ab;Digipunt;vrouw;45-64;;;;;'), [existing])
		);
		expect(records.persons).toEqual([
			{ ...existing, ageBand: '45-64', firstContact: '2022-01-01' }
		]);
	});

	it('leaves an existing person out of the records when the sheet changes nothing', () => {
		const existing = vaultPerson('AB', { gender: 'man', firstContact: '2021-01-01' });
		const records = recordsOf(
			previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;man;;;;;;'), [existing])
		);
		expect(records.persons).toEqual([]);
		expect(records.contacts).toHaveLength(1);
	});

	it('keeps an existing first contact derived from registrations unless Eerste contact says otherwise', () => {
		const derived = vaultPerson('AB');
		expect(
			recordsOf(previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt'), [derived])).persons
		).toEqual([]);
		const stated = recordsOf(
			previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;;;;;;;2020-02-02'), [derived])
		);
		expect(stated.persons[0]?.firstContact).toBe('2020-02-02');
	});

	it('leaves out rows whose alias fits two vault persons, naming the alias', () => {
		const preview = previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt'), [
			vaultPerson('AB'),
			vaultPerson('ab ', { id: 'person-other' })
		]);
		expect(preview.invalidRows).toEqual([
			{ line: 2, code: 'ambiguousPerson', params: { line: 2, alias: 'AB', count: 2 } }
		]);
		expect(preview.validRowCount).toBe(0);
	});
});
