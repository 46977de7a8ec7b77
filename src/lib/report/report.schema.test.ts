import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from './disclosure-control';
import { stekboekReportSchema, type StekboekReport } from './report.schema';
import { testInput } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

const valid = (): StekboekReport => applyDisclosureControl(aggregateReport(testInput()), 5);

describe('stekboekReportSchema', () => {
	it('accepts an exported report after a JSON round trip', () => {
		expect(stekboekReportSchema.safeParse(JSON.parse(JSON.stringify(valid()))).success).toBe(true);
	});

	it('rejects a visible count below the threshold', () => {
		const report = valid();
		report.reach.uniqueContacts = 2;
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});

	it('rejects a v1 marker, and a hidden organisational count', () => {
		const report = valid();
		expect(
			stekboekReportSchema.safeParse({
				...report,
				reach: { ...report.reach, uniqueContacts: '<5' }
			}).success
		).toBe(false);
		expect(
			stekboekReportSchema.safeParse({ ...report, signals: { ...report.signals, total: 'x' } })
				.success
		).toBe(false);
		const activity = { ...report.activities[0], activity: 'Soep met Babbels', sessions: 'x' };
		expect(stekboekReportSchema.safeParse({ ...report, activities: [activity] }).success).toBe(
			false
		);
	});

	it('rejects a breakdown with one lone hidden cell next to its visible total', () => {
		const report = valid();
		report.reach.uniqueContacts = 200;
		report.reach.byGender = { vrouw: 120, man: 76, x: 'x', onbekend: 0 };
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});

	it('rejects a visible subgroup that differs from its parent by less than k, or equals a small parent', () => {
		const report = valid();
		report.reach = { ...report.reach, uniqueContacts: 200, newContacts: 198 };
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
		report.reach = { ...report.reach, uniqueContacts: 9, newContacts: 0, knownToSocialService: 9 };
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});

	it('rejects a period that is not a whole year, and a project without its year columns', () => {
		const report = valid();
		const period = { from: '2022-01-01', to: '2022-11-29', kind: 'year' as const };
		expect(stekboekReportSchema.safeParse({ ...report, period }).success).toBe(false);
		const project = { from: '2021-01-01', to: '2022-12-31', kind: 'project' as const };
		expect(stekboekReportSchema.safeParse({ ...report, period: project }).success).toBe(false);
	});

	it('rejects an interim count that is not a multiple of 5', () => {
		const report = valid();
		const period = { from: '2022-01-01', to: '2022-06-30', kind: 'interim' as const };
		const reach = { ...report.reach, uniqueContacts: 12 };
		expect(stekboekReportSchema.safeParse({ ...report, period, reach }).success).toBe(false);
	});

	it('rejects extra fields, a wrong version and a day-exact month key', () => {
		expect(stekboekReportSchema.safeParse({ ...valid(), alias: 'x' }).success).toBe(false);
		expect(stekboekReportSchema.safeParse({ ...valid(), version: 1 }).success).toBe(false);
		const report = valid();
		report.contactsByMonth = { '2022-01-03': 7 };
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});
});
