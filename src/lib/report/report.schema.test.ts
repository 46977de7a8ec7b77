import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from './disclosure-control';
import { stekboekReportSchema, type StekboekReport } from './report.schema';
import { testInput } from './testing/test-records';
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

	it('rejects a marker that does not match the threshold', () => {
		const report = valid();
		report.reach.uniqueContacts = '<3';
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});

	it('rejects a breakdown with one lone suppressed cell next to a visible one', () => {
		const report = valid();
		report.reach.byGender = { vrouw: 120, man: 76, x: '<5', onbekend: 0 };
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});

	it('rejects extra fields, a wrong version and a day-exact month key', () => {
		expect(stekboekReportSchema.safeParse({ ...valid(), alias: 'x' }).success).toBe(false);
		expect(stekboekReportSchema.safeParse({ ...valid(), version: 2 }).success).toBe(false);
		const report = valid();
		report.contactsByMonth = { '2022-01-03': 7 };
		expect(stekboekReportSchema.safeParse(report).success).toBe(false);
	});
});
