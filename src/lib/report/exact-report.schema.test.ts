import { describe, expect, it } from 'vitest';
import { exactReportSchema, type ExactReport } from './exact-report.schema';
import { testContact, testInput } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

const valid = (): ExactReport =>
	aggregateReport(testInput({ contacts: [testContact('2022-05-05', null)] }));

describe('exactReportSchema', () => {
	it('accepts an aggregated report after a JSON round trip', () => {
		expect(exactReportSchema.safeParse(JSON.parse(JSON.stringify(valid()))).success).toBe(true);
	});

	it.each([
		['a wrong version', (r: Record<string, unknown>) => ({ ...r, version: 2 })],
		['another format', (r: Record<string, unknown>) => ({ ...r, format: 'stekboek-report' })],
		['a missing section', ({ reach: _reach, ...rest }: Record<string, unknown>) => rest],
		['an extra field', (r: Record<string, unknown>) => ({ ...r, alias: 'Fatima B.' })],
		['no sources', (r: Record<string, unknown>) => ({ ...r, sources: 0 })],
		['an unknown language', (r: Record<string, unknown>) => ({ ...r, language: 'de' })],
		[
			'a reversed period',
			(r: Record<string, unknown>) => ({ ...r, period: { from: '2022-12-31', to: '2022-01-01' } })
		]
	])('rejects %s', (_name, tamper) => {
		const report = tamper(JSON.parse(JSON.stringify(valid())) as Record<string, unknown>);
		expect(exactReportSchema.safeParse(report).success).toBe(false);
	});

	it.each([
		['a negative count', -1],
		['a fraction', 2.5],
		['a huge value', 1e12],
		['a string', '12'],
		['null', null]
	])('rejects %s as a count', (_name, value) => {
		const report = JSON.parse(JSON.stringify(valid())) as { reach: Record<string, unknown> };
		report.reach['uniqueContacts'] = value;
		expect(exactReportSchema.safeParse(report).success).toBe(false);
	});

	it('rejects ratings that cannot come from answers of 1 to 5', () => {
		const report = valid();
		report.focusGroups.ratingsByPrompt = { vraag: { sum: 30, count: 2 } };
		expect(exactReportSchema.safeParse(report).success).toBe(false);
	});

	it.each([null, undefined, 42, 'stekboek', [], {}])(
		'returns a failure, not a crash, for %s',
		(input) => {
			expect(exactReportSchema.safeParse(input).success).toBe(false);
		}
	);
});
