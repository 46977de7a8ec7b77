import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from './disclosure-control';
import type { ExactReport } from './exact-report.schema';
import { countCellsOf, rateCellsOf } from './report-cells';
import { csvField, csvValue, reportToCsv } from './report-csv';
import { testContact, testInput } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

function exportedWith(change: (report: ExactReport) => void = () => {}) {
	const exact = aggregateReport(testInput({ contacts: [testContact('2022-05-05', null)] }));
	change(exact);
	return applyDisclosureControl(exact, 5);
}

describe('reportToCsv', () => {
	it('starts with a UTF-8 BOM and the Dutch header, or the English one', () => {
		expect(
			reportToCsv(exportedWith(), 'nl').startsWith('\uFEFFsectie;figuur;categorie;waarde\r\n')
		).toBe(true);
		expect(
			reportToCsv(exportedWith(), 'en').startsWith('\uFEFFsection;figure;category;value\r\n')
		).toBe(true);
	});

	it('ends every line with CRLF and has no bare line feed', () => {
		const csv = reportToCsv(exportedWith(), 'nl');
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('writes one row per figure of the JSON, with values exactly as in the JSON', () => {
		const report = exportedWith((r) => {
			r.outreach = { rounds: 6, addressesVisited: 600, conversations: 31, newPeopleReached: 3 };
		});
		const rows = reportToCsv(report, 'nl').slice(1).split('\r\n').slice(1, -1);
		expect(rows).toHaveLength(5 + countCellsOf(report).length + rateCellsOf(report).length);
		expect(rows).toContain('Bereik;Unieke contacten;;x');
		expect(rows).toContain('Outreach;Respons (%);;5,2');
		expect(rows).toContain('Outreach;Nieuwe mensen bereikt;;x');
		expect(rows).toContain('Rapport;Soort;;kalenderjaar');
		expect(rows).toContain('Rapport;Drempel;;5');
		expect(rows.every((row) => row.split(';').length === 4 && !row.includes('undefined'))).toBe(
			true
		);
	});

	it('quotes a label that holds a semicolon, a quote or a line break', () => {
		const report = exportedWith((r) => {
			r.helpRequests.byTheme = { 'Werk; opleiding': 7, 'Het "UiTPAS"-thema': 8, 'twee\nregels': 9 };
		});
		const csv = reportToCsv(report, 'nl');
		expect(csv).toContain('Hulpvragen;Per thema;"Werk; opleiding";7\r\n');
		expect(csv).toContain('Hulpvragen;Per thema;"Het ""UiTPAS""-thema";8\r\n');
		expect(csv).toContain('Hulpvragen;Per thema;"twee\nregels";9\r\n');
	});

	it('writes decimals with a comma in Dutch and a point in English', () => {
		const report = exportedWith((r) => {
			r.outreach = { rounds: 6, addressesVisited: 600, conversations: 31, newPeopleReached: 12 };
		});
		expect(reportToCsv(report, 'nl')).toContain(';Respons (%);;5,2\r\n');
		expect(reportToCsv(report, 'en')).toContain(';Response rate (%);;5.2\r\n');
		expect(csvValue(8.3, 'nl')).toBe('8,3');
		expect(csvValue('x', 'nl')).toBe('x');
	});

	it('keeps a spreadsheet from running a label as a formula, also after spaces or control characters', () => {
		expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvField('   =1+1')).toBe("'   =1+1");
		expect(csvField('\u0001\u0002+cmd')).toBe("'\u0001\u0002+cmd");
		expect(csvField(' \t@SUM(A1)')).toBe("' \t@SUM(A1)");
		expect(csvField('Huis van het Kind')).toBe('Huis van het Kind');
		expect(csvField('-5', false)).toBe('-5');
	});
});
