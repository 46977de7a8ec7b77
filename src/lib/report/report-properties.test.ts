import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKinds } from '$lib/domain/record-kinds';
import { applyDisclosureControl } from './disclosure-control';
import { exactReportSchema } from './exact-report.schema';
import { mergeExactReports } from './merge-reports';
import { dateArb, propertyTaxonomy, SENTINEL, type Records } from './testing/records.arbitrary';
import { combineRecords, recordsArb } from './testing/records-build';
import { breakdownsOf, countCellsOf, rateCellsOf } from './report-cells';
import { reportToCsv } from './report-csv';
import type { ReportLanguage } from './report-input';
import { stekboekReportSchema } from './report.schema';
import { aggregateReport } from './year-report';
import type { Period } from './period';

const periodArb = fc
	.tuple(dateArb, dateArb)
	.map(([a, b]): Period => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const thresholdArb = fc.integer({ min: 3, max: 10 });
const languageArb = fc.constantFrom<ReportLanguage>('nl', 'en');

const exactOf = (records: Records, period: Period, language: ReportLanguage) =>
	aggregateReport({ ...records, taxonomy: propertyTaxonomy, period, language });

const caseArb = fc.record({
	records: recordsArb('idA'),
	period: periodArb,
	k: thresholdArb,
	language: languageArb
});

describe('report properties', () => {
	it('generates records that pass their domain schemas', () => {
		fc.assert(
			fc.property(recordsArb('idA'), (records) => {
				for (const person of records.persons) recordKinds.person.schema.parse(person);
				for (const contact of records.contacts) recordKinds.contact.schema.parse(contact);
				for (const session of records.sessions) recordKinds.session.schema.parse(session);
				for (const round of records.outreach) recordKinds.outreach.schema.parse(round);
				for (const signal of records.signals) recordKinds.signal.schema.parse(signal);
				for (const focus of records.focusSessions) recordKinds.focusSession.schema.parse(focus);
				for (const input of records.focusInputs) recordKinds.focusInput.schema.parse(input);
			}),
			{ numRuns: 30 }
		);
	});

	it('never exports a count from 1 to k-1, and every marker names k', () => {
		fc.assert(
			fc.property(caseArb, ({ records, period, k, language }) => {
				const report = applyDisclosureControl(exactOf(records, period, language), k);
				for (const { value } of countCellsOf(report))
					expect(typeof value === 'number' ? value === 0 || value >= k : value === `<${k}`).toBe(
						true
					);
				for (const { value } of rateCellsOf(report))
					expect(typeof value === 'number' || value === `<${k}`).toBe(true);
			})
		);
	});

	it('never leaves one suppressed cell in a breakdown while another non-zero cell is visible', () => {
		fc.assert(
			fc.property(caseArb, ({ records, period, k, language }) => {
				const report = applyDisclosureControl(exactOf(records, period, language), k);
				for (const { value } of breakdownsOf(report)) {
					const cells = Object.values(value);
					const hidden = cells.filter((cell) => typeof cell === 'string').length;
					const visible = cells.filter((cell) => typeof cell === 'number' && cell > 0).length;
					expect(hidden === 1 && visible > 0).toBe(false);
				}
				expect(stekboekReportSchema.safeParse(report).success).toBe(true);
			})
		);
	});

	it('keeps the sums an exact report promises, and passes the bundle schema', () => {
		fc.assert(
			fc.property(caseArb, ({ records, period, language }) => {
				const exact = exactOf(records, period, language);
				const sum = (cells: Record<string, number>) =>
					Object.values(cells).reduce((a, b) => a + b, 0);
				const { reach, helpRequests: help } = exact;
				for (const breakdown of [
					reach.byGender,
					reach.byAgeBand,
					reach.byHousehold,
					reach.byOrigin,
					reach.byDutchHomeLanguage
				])
					expect(sum(breakdown)).toBe(reach.uniqueContacts);
				expect(sum(help.byStatus)).toBe(help.total);
				expect(sum(help.byActivity)).toBe(help.total);
				expect(exactReportSchema.safeParse(JSON.parse(JSON.stringify(exact))).success).toBe(true);
			})
		);
	});

	it('gives the same export when merging two devices then suppressing as for their combined records', () => {
		fc.assert(
			fc.property(
				recordsArb('idA'),
				recordsArb('idB'),
				periodArb,
				thresholdArb,
				languageArb,
				(a, b, period, k, language) => {
					const merged = mergeExactReports([
						exactOf(a, period, language),
						exactOf(b, period, language)
					]);
					if (!merged.ok) throw new Error(merged.problem);
					const combined = exactOf(combineRecords(a, b), period, language);
					expect(merged.report).toEqual({ ...combined, sources: 2 });
					expect(applyDisclosureControl(merged.report, k)).toEqual({
						...applyDisclosureControl(combined, k),
						sources: 2
					});
				}
			)
		);
	});

	it('never exports an alias, note, description or id from the records', () => {
		fc.assert(
			fc.property(caseArb, ({ records, period, k, language }) => {
				const report = applyDisclosureControl(exactOf(records, period, language), k);
				for (const text of [JSON.stringify(report), reportToCsv(report, language)]) {
					expect(text).not.toContain(SENTINEL);
					expect(text).not.toContain('idA-');
				}
			})
		);
	});
});
