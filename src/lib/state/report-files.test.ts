import { describe, expect, it } from 'vitest';
import { generateDemoData } from '$lib/demo/demo-data';
import { applyDisclosureControl } from '$lib/report/disclosure-control';
import { yearPeriod } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import { reportCsvFile, reportJsonFile, teamBundleFile, UnsafeReportError } from './report-files';

const data = generateDemoData();
const exact = aggregateReport({ ...data, period: yearPeriod(2022), language: 'nl' });
const report = applyDisclosureControl(exact, 5);

describe('report files', () => {
	it('writes the suppressed report as JSON named after the year', () => {
		const file = reportJsonFile(report);
		expect(file.name).toBe('stekboek-rapport-2022.json');
		expect(JSON.parse(file.content as string)).toEqual(report);
	});

	it('writes CSV with BOM and CRLF, named after a custom period', () => {
		const custom = aggregateReport({
			...data,
			period: { from: '2022-03-01', to: '2022-06-30' },
			language: 'nl'
		});
		const file = reportCsvFile(applyDisclosureControl(custom, 5), 'nl');
		expect(file.name).toBe('stekboek-rapport-2022-03-01_2022-06-30.csv');
		expect(file.type).toBe('text/csv;charset=utf-8');
		expect((file.content as string).startsWith('\uFEFFsectie;figuur;categorie;waarde\r\n')).toBe(
			true
		);
	});

	it('refuses to write a report that shows a small count', () => {
		const leaky = { ...report, reach: { ...report.reach, newContacts: 2 } };
		expect(() => reportJsonFile(leaky)).toThrow(UnsafeReportError);
		expect(() => reportCsvFile(leaky, 'nl')).toThrow(UnsafeReportError);
	});

	it('never lets an alias, note or description of the data into an export', () => {
		const files = [reportJsonFile(report), reportCsvFile(report, 'nl')].map(
			(file) => file.content as string
		);
		const secrets = [
			...data.persons.flatMap((p) => [p.alias, p.notes]),
			...data.contacts.flatMap((c) => [c.note, ...c.helpRequests.map((r) => r.description)]),
			...data.signals.flatMap((s) => [s.title, s.description, s.outcome])
		].filter((text) => text.length > 0);
		for (const secret of new Set(secrets))
			for (const content of files) expect(content).not.toContain(secret);
	});

	it('names a team bundle after its period', () => {
		expect(teamBundleFile(yearPeriod(2022), new Uint8Array(1)).name).toBe(
			'stekboek-team-2022.stekteam'
		);
	});
});
