import { describe, expect, it } from 'vitest';
import { HEADER, previewOf, sheet } from '$test-support/import/test-fixtures';

describe('mapSheet: rows that cannot be imported', () => {
	it('leaves out a row with a date that does not exist, naming line, column and value', () => {
		const preview = previewOf(
			sheet(HEADER, '2022-01-01;AB;Digipunt;;;;;', '31/02/2022;AB;Digipunt;;;;;')
		);
		expect(preview.invalidRows).toEqual([
			{ line: 3, code: 'invalidDate', params: { line: 3, column: 'Datum', value: '31/02/2022' } }
		]);
		expect(preview).toMatchObject({ rowCount: 2, validRowCount: 1, contacts: 1 });
	});

	it('leaves out rows without Datum or Activiteit', () => {
		const preview = previewOf(sheet(HEADER, ';AB;Digipunt;;;;;', '2022-01-01;AB; ;;;;;'));
		expect(preview.invalidRows.map(({ line, code }) => [line, code])).toEqual([
			[2, 'missingDate'],
			[3, 'missingActivity']
		]);
		expect(preview.contacts).toBe(0);
	});

	it('gives the right line for a row after a cell with line breaks', () => {
		const text = sheet(
			HEADER,
			'2022-01-01;AB;Digipunt;Werk;"regel een\nregel twee\nregel drie";Advies;;',
			'2022-01-02;AB;Digipunt;;;;;nooit'
		);
		expect(previewOf(text).invalidRows).toEqual([
			{
				line: 5,
				code: 'invalidValue',
				params: {
					line: 5,
					column: 'Status',
					value: 'nooit',
					allowed: 'open, in opvolging, afgerond, doorverwezen'
				}
			}
		]);
	});

	it('names the column as the file writes it', () => {
		const preview = previewOf(sheet('datum;activiteit;GESLACHT', '2022-01-01;Digipunt;vrouwelijk'));
		expect(preview.invalidRows[0]?.params).toMatchObject({
			column: 'GESLACHT',
			value: 'vrouwelijk',
			allowed: 'vrouw, man, x, onbekend'
		});
	});

	it('leaves out rows with an unknown value for an attribute, also on anonymous rows', () => {
		const preview = previewOf(
			sheet(
				'Datum;Persoon;Activiteit;Leeftijd;Herkomst;Thuistaal Nederlands;Gekend bij sociale dienst;Gezinssituatie;Eerste contact',
				'2022-01-01;AB;Digipunt;37;;;;;',
				'2022-01-01;;Digipunt;;Marokkaans;;;;',
				'2022-01-01;AB;Digipunt;;;soms;;;',
				'2022-01-01;AB;Digipunt;;;;misschien;;',
				'2022-01-01;AB;Digipunt;;;;;groot gezin;',
				'2022-01-01;AB;Digipunt;;;;;;vroeger'
			)
		);
		expect(preview.invalidRows.map(({ line, code }) => [line, code])).toEqual([
			[2, 'invalidValue'],
			[3, 'invalidValue'],
			[4, 'invalidValue'],
			[5, 'invalidValue'],
			[6, 'invalidValue'],
			[7, 'invalidDate']
		]);
		expect(preview.persons).toEqual({ new: 0, existing: 0 });
	});

	it('leaves out a help request with a theme but no Aanpak', () => {
		const preview = previewOf(sheet(HEADER, '2022-01-01;AB;Digipunt;Werk;;;;'));
		expect(preview.invalidRows).toEqual([
			{ line: 2, code: 'missingApproach', params: { line: 2, column: 'Aanpak' } }
		]);
	});

	it('leaves out a row with Aanpak or Doorverwijzing naar but no Thema, instead of dropping them', () => {
		const preview = previewOf(
			sheet(HEADER, '2022-01-01;AB;Digipunt;;;Advies;;', '2022-01-01;AB;Digipunt;;;;Arktos;')
		);
		expect(preview.invalidRows.map(({ code, params }) => [code, params.column])).toEqual([
			['helpWithoutTheme', 'Aanpak'],
			['helpWithoutTheme', 'Doorverwijzing naar']
		]);
	});

	it('leaves out a row whose alias or label is longer than a record allows', () => {
		const long = 'x'.repeat(201);
		const preview = previewOf(
			sheet(HEADER, `2022-01-01;${long};Digipunt;;;;;`, `2022-01-01;AB;Digipunt;${long};;Advies;;`)
		);
		expect(
			preview.invalidRows.map(({ code, params }) => [code, params.column, params.max])
		).toEqual([
			['valueTooLong', 'Persoon', 200],
			['valueTooLong', 'Thema', 200]
		]);
	});

	it('reports problems found while parsing as left-out rows', () => {
		const preview = previewOf(
			sheet('Datum;Activiteit', '2022-01-01;Digipunt;te veel', '2022-01-02;Digipunt')
		);
		expect(preview.invalidRows.map(({ line, code }) => [line, code])).toEqual([
			[2, 'tooManyFields']
		]);
		expect(preview.contacts).toBe(1);
	});

	it('shortens a huge wrong value in the message', () => {
		const preview = previewOf(sheet(HEADER, `${'9'.repeat(500)};AB;Digipunt;;;;;`));
		expect(String(preview.invalidRows[0]?.params.value).length).toBeLessThanOrEqual(61);
	});
});
