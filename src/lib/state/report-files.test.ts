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

	it('writes CSV with BOM and CRLF, named after the year', () => {
		const file = reportCsvFile(report, 'nl');
		expect(file.name).toBe('stekboek-rapport-2022.csv');
		expect(file.type).toBe('text/csv;charset=utf-8');
		expect((file.content as string).startsWith('\uFEFFsectie;figuur;categorie;waarde\r\n')).toBe(
			true
		);
	});

	it('refuses custom periods: 2022-01-01..11-29 and ..11-30 would differ by one contact', () => {
		for (const to of ['2022-11-29', '2022-11-30']) {
			const custom = aggregateReport({
				...data,
				period: { from: '2022-01-01', to },
				language: 'nl'
			});
			const leaky = applyDisclosureControl(custom, 5);
			expect(() => reportJsonFile(leaky)).toThrow(UnsafeReportError);
			expect(() => reportCsvFile(leaky, 'nl')).toThrow(UnsafeReportError);
		}
	});

	it('writes an interim report with protected counts in multiples of 5', () => {
		const running = aggregateReport({
			...data,
			period: { from: '2022-01-01', to: '2022-11-29' },
			language: 'nl'
		});
		const interim = applyDisclosureControl(running, 5, { kind: 'interim' });
		const file = reportJsonFile(interim);
		expect(file.name).toBe('stekboek-rapport-2022-tussentijds.json');
		const written = JSON.parse(file.content as string) as typeof interim;
		expect(written.period.kind).toBe('interim');
		expect(Number(written.reach.uniqueContacts) % 5).toBe(0);
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
