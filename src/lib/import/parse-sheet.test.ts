import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS, parseSheet } from './parse-sheet';
import type { ParsedSheet } from './parse-sheet';

function parsed(text: string): ParsedSheet {
	const result = parseSheet(text);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.value;
}

describe('parseSheet', () => {
	it('strips a UTF-8 BOM so the first header is still recognised', () => {
		const sheet = parsed('\uFEFFDatum;Activiteit\n2022-01-03;Digipunt');
		expect(sheet.headers.date).toBe('Datum');
		expect(sheet.rows[0]?.cells.date).toBe('2022-01-03');
	});

	it('detects a semicolon delimiter from the header line', () => {
		const sheet = parsed('Datum;Activiteit;Omschrijving\n2022-01-03;Digipunt;a, b');
		expect(sheet.delimiter).toBe(';');
		expect(sheet.rows[0]?.cells.description).toBe('a, b');
	});

	it('detects a comma delimiter from the header line', () => {
		const sheet = parsed('Datum,Activiteit,Omschrijving\n2022-01-03,Digipunt,"a; b, c"');
		expect(sheet.delimiter).toBe(',');
		expect(sheet.rows[0]?.cells.description).toBe('a; b, c');
	});

	it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
		const sheet = parsed(
			'Datum;Activiteit;Omschrijving\n2022-01-03;Digipunt;"zei ""ja""; toch\nniet"'
		);
		expect(sheet.rows[0]?.cells.description).toBe('zei "ja"; toch\nniet');
	});

	it('numbers rows by the file line they start on, counting line breaks inside quotes', () => {
		const text =
			'Datum;Activiteit;Omschrijving\r\n2022-01-03;Digipunt;"een\r\ntwee\r\ndrie"\r\n2022-01-04;Digipunt;x';
		expect(parsed(text).rows.map((row) => row.line)).toEqual([2, 5]);
	});

	it('matches header names in any case, with spaces, in any order', () => {
		const sheet = parsed('  activiteit ;DOORVERWIJZING NAAR; datum\nDigipunt;CAW;2022-01-03');
		expect(sheet.rows[0]?.cells).toMatchObject({
			activity: 'Digipunt',
			referral: 'CAW',
			date: '2022-01-03'
		});
		expect(sheet.headers.activity).toBe('activiteit');
	});

	it('accepts the English header names', () => {
		const sheet = parsed(
			'Date;Person;Activity;Theme;Approach;Referred to\n2022-01-03;AB;Digipunt;Work;Advice;VDAB'
		);
		expect(sheet.rows[0]?.cells).toMatchObject({ person: 'AB', theme: 'Work', referral: 'VDAB' });
	});

	it('lists columns it does not use instead of refusing the file', () => {
		expect(
			parsed('Datum;Activiteit;Opmerking intern\n2022-01-03;Digipunt;x').ignoredColumns
		).toEqual(['Opmerking intern']);
	});

	it('ignores blank lines, lines of bare delimiters and trailing empty lines', () => {
		const sheet = parsed(
			'Datum;Activiteit\n\n2022-01-03;Digipunt\n;;\n  \n2022-01-04;Digipunt\n\n\n'
		);
		expect(sheet.rows.map((row) => row.line)).toEqual([3, 6]);
	});

	it('refuses a file without the required columns and names them', () => {
		const result = parseSheet('Persoon;Thema\nAB;Werk');
		expect(result).toEqual({
			ok: false,
			errors: [
				{
					code: 'missingColumns',
					params: { columns: 'Datum, Activiteit', columnsEn: 'Date, Activity' }
				}
			]
		});
	});

	it('refuses a file that names a column twice', () => {
		const result = parseSheet('Datum;Activiteit;datum\n2022-01-03;Digipunt;2022-01-04');
		expect(result).toEqual({
			ok: false,
			errors: [{ code: 'duplicateColumn', params: { column: 'datum' } }]
		});
	});

	it('refuses an empty file and a file of only a BOM and blank lines', () => {
		for (const text of ['', '\uFEFF', '\n\r\n  \n']) {
			expect(parseSheet(text)).toEqual({ ok: false, errors: [{ code: 'emptyFile', params: {} }] });
		}
	});

	it('accepts a file with only the header row as zero rows', () => {
		expect(parsed('Datum;Activiteit\n').rows).toEqual([]);
	});

	it('refuses a quote that is never closed, naming the line where it opens', () => {
		const result = parseSheet(
			'Datum;Activiteit;Omschrijving\n2022-01-03;Digipunt;ok\n2022-01-04;Digipunt;"open\n2022-01-05;Digipunt;x'
		);
		expect(result).toEqual({ ok: false, errors: [{ code: 'unclosedQuote', params: { line: 3 } }] });
	});

	it('marks a row with more filled fields than the header as a problem, not the file', () => {
		const sheet = parsed('Datum;Activiteit\n2022-01-03;Digipunt;extra\n2022-01-04;Digipunt;;');
		expect(sheet.rows[0]?.problem).toEqual({
			line: 2,
			code: 'tooManyFields',
			params: { line: 2, count: 3, expected: 2 }
		});
		expect(sheet.rows[1]?.problem).toBeNull();
	});

	it('marks a row with a stray quote inside a quoted cell as a problem, and reads on', () => {
		const sheet = parsed('Datum;Activiteit\n2022-01-03;"Digi"punt"\n2022-01-04;Digipunt');
		expect(sheet.rows[0]?.problem).toEqual({ line: 2, code: 'badQuotes', params: { line: 2 } });
		expect(sheet.rows[1]).toMatchObject({ line: 3, problem: null });
	});

	it('refuses a file with more rows than the limit', () => {
		const text = ['Datum;Activiteit', '2022-01-03;A', '2022-01-03;B', '2022-01-03;C'].join('\n');
		expect(parseSheet(text, 2)).toEqual({
			ok: false,
			errors: [{ code: 'tooManyRows', params: { max: 2 } }]
		});
		expect(parseSheet(text, 3).ok).toBe(true);
		expect(MAX_SHEET_ROWS).toBeGreaterThan(10_000);
	});

	it('reads old Mac line ends (CR only) like any other', () => {
		expect(
			parsed('Datum;Activiteit\r2022-01-03;Digipunt\r2022-01-04;Digipunt').rows.map(
				(row) => row.line
			)
		).toEqual([2, 3]);
	});
});
