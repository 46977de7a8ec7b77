import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from './disclosure-control';
import type { ExactReport } from './exact-report.schema';
import { mergeExactReports } from './merge-reports';
import { testContact, testInput, testPerson, testSession } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

function soupReport(
	sessions: number,
	perSession: number,
	language: 'nl' | 'en' = 'nl'
): ExactReport {
	const person = testPerson({ gender: 'vrouw' });
	return aggregateReport(
		testInput({
			language,
			persons: [person],
			contacts: [testContact('2022-02-02', person)],
			sessions: Array.from({ length: sessions }, (_, i) =>
				testSession(`2022-03-${String(i + 1).padStart(2, '0')}`, [person], {
					anonymousCount: perSession - 1
				})
			)
		})
	);
}

function merged(reports: ExactReport[]): ExactReport {
	const result = mergeExactReports(reports);
	if (!result.ok) throw new Error(result.problem);
	return result.report;
}

describe('mergeExactReports', () => {
	it('sums counts and breakdowns by label and counts each input as a source', () => {
		const report = merged([soupReport(2, 5), soupReport(8, 10), soupReport(1, 1)]);
		expect(report.sources).toBe(3);
		expect(report.reach.uniqueContacts).toBe(3);
		expect(report.reach.byGender).toEqual({ vrouw: 3, man: 0, x: 0, onbekend: 0 });
		expect(report.contactsByMonth['2022-02']).toBe(3);
	});

	it('recomputes the average from summed components instead of averaging averages', () => {
		const report = applyDisclosureControl(merged([soupReport(2, 5), soupReport(8, 10)]), 3);
		expect(
			report.activities.find((a) => a.activity === 'Soep met Babbels')?.averageAttendance
		).toBe(9);
	});

	it('keeps a category that only one report has', () => {
		const a = soupReport(1, 1);
		const b = soupReport(1, 1);
		b.helpRequests.byTheme = { ...b.helpRequests.byTheme, 'Eigen thema': 4 };
		expect(merged([a, b]).helpRequests.byTheme['Eigen thema']).toBe(4);
	});

	it('refuses nothing to merge, another period or another label language', () => {
		const other = { ...soupReport(1, 1), period: { from: '2021-01-01', to: '2021-12-31' } };
		expect(mergeExactReports([])).toEqual({ ok: false, problem: 'empty' });
		expect(mergeExactReports([soupReport(1, 1), other])).toEqual({ ok: false, problem: 'period' });
		expect(mergeExactReports([soupReport(1, 1), soupReport(1, 1, 'en')])).toEqual({
			ok: false,
			problem: 'language'
		});
	});
});
