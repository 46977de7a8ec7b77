import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordKinds } from '$lib/domain/record-kinds';
import { auditTable } from './disclosure-audit';
import {
	applyDisclosureControl,
	applyProjectDisclosureControl,
	hiddenCells,
	knownCells
} from './disclosure-control';
import {
	activityCellId,
	cellId,
	disclosureTable,
	projectTable,
	ratingCellId
} from './disclosure-table';
import { exactReportSchema } from './exact-report.schema';
import { mergeExactReports } from './merge-reports';
import {
	dateArb,
	propertyTaxonomy,
	SENTINEL,
	type Records
} from '$test-support/report/records.arbitrary';
import { combineRecords, recordsArb } from '$test-support/report/records-build';
import { mergeProjectFigures, projectTableOf } from './project-figures';
import { countCellsOf, rateCellsOf } from './report-cells';
import { reportToCsv } from './report-csv';
import type { ReportLanguage } from './report-input';
import { stekboekReportSchema, type ReportFigures } from './report.schema';
import { aggregateReport } from './year-report';
import { yearPeriod, type Period } from './period';

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

const yearCaseArb = fc.record({
	records: recordsArb('idA'),
	year: fc.constantFrom(2021, 2022, 2023),
	k: thresholdArb,
	language: languageArb
});

/** The ids (as in disclosure-table) of the hidden cells of one exported column. */
function hiddenIds(figures: ReportFigures): string[] {
	const ids: string[] = [];
	for (const section of ['reach', 'helpRequests', 'outreach', 'signals', 'focusGroups'] as const)
		for (const [name, value] of Object.entries(figures[section])) {
			if (name === 'meanRatingByPrompt') {
				// A hidden mean stands for its hidden count of ratings.
				for (const [prompt, mean] of Object.entries(value ?? {}))
					if (mean === 'x') ids.push(ratingCellId(prompt));
				continue;
			}
			if (value === 'x') ids.push(cellId(section, name));
			else if (value && typeof value === 'object')
				for (const [label, cell] of Object.entries(value))
					if (cell === 'x') ids.push(cellId(section, name, label));
		}
	for (const activity of figures.activities)
		for (const [name, value] of Object.entries(activity))
			if (value === 'x') {
				// A hidden average stands for its hidden numerator, the session attendance.
				const cell = name === 'averageAttendance' ? 'sessionAttendance' : name;
				ids.push(activityCellId(activity.activity, cell));
			}
	for (const [month, value] of Object.entries(figures.contactsByMonth))
		if (value === 'x') ids.push(cellId('contactsByMonth', 'contacts', month));
	return ids;
}

/** The same records with every focus prompt's text marked publishable. */
function withPublishedPrompts(records: Records): Records {
	const focusSessions = records.focusSessions.map((session) => ({
		...session,
		prompts: session.prompts.map((prompt) => ({ ...prompt, publishable: true }))
	}));
	return { ...records, focusSessions };
}

/** The same records with every id made unique to device `i`. */
function prefixed(records: Records, i: number): Records {
	return JSON.parse(JSON.stringify(records).replaceAll('idA-', `id${i}-`)) as Records;
}

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

	it('never exports a protected count from 1 to k-1; organisational counts are exact', () => {
		fc.assert(
			fc.property(yearCaseArb, ({ records, year, k, language }) => {
				const exact = exactOf(records, yearPeriod(year), language);
				const report = applyDisclosureControl(exact, k);
				for (const { value, unit } of countCellsOf(report)) {
					if (unit === 'organisational') expect(typeof value).toBe('number');
					else expect(value === 'x' || value === 0 || value >= k).toBe(true);
				}
				expect(report.signals).toEqual(exact.signals);
				expect(report.outreach).toMatchObject({
					rounds: exact.outreach.rounds,
					addressesVisited: exact.outreach.addressesVisited
				});
				for (const { value } of rateCellsOf(report))
					expect(typeof value === 'number' || value === 'x').toBe(true);
				expect(stekboekReportSchema.safeParse(report).success).toBe(true);
			})
		);
	});

	it('passes its own audit: no hidden cell pinned or bounded within 1..k-1', () => {
		fc.assert(
			fc.property(yearCaseArb, ({ records, year, k, language }) => {
				const exact = exactOf(records, yearPeriod(year), language);
				const hidden = hiddenCells(exact, k);
				expect(
					auditTable(disclosureTable(exact), hidden, k).filter((f) => f.reason !== 'all-small')
				).toEqual([]);
			})
		);
	});

	it('protects a project period as one table: the audit covers the years and the total', () => {
		fc.assert(
			fc.property(
				recordsArb('idA'),
				thresholdArb,
				fc.constantFrom(2022, 2023),
				(records, k, last) => {
					const years = Array.from({ length: last - 2020 }, (_, i) =>
						exactOf(records, yearPeriod(2021 + i), 'nl')
					);
					const total = exactOf(records, { from: '2021-01-01', to: `${last}-12-31` }, 'nl');
					const report = applyProjectDisclosureControl({ years, total }, k);
					expect(stekboekReportSchema.safeParse(report).success).toBe(true);
					for (const { value, unit } of countCellsOf(report))
						if (unit !== 'organisational')
							expect(value === 'x' || value === 0 || value >= k).toBe(true);
					const columns = years.map((year) => ({
						column: year.period.from.slice(0, 4),
						table: disclosureTable(year)
					}));
					const table = projectTable(columns, disclosureTable(total));
					const hidden = new Set<string>();
					for (const { column, figures } of [
						{ column: 'total', figures: report },
						...Object.entries(report.years ?? {}).map(([column, figures]) => ({ column, figures }))
					])
						for (const id of hiddenIds(figures)) hidden.add(`${column}|${id}`);
					expect(auditTable(table, hidden, k).filter((f) => f.reason !== 'all-small')).toEqual([]);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('hides every merged cell that, minus any one source, lies in 1..k-1 (2 to 4 sources)', () => {
		fc.assert(
			fc.property(
				fc.array(recordsArb('idA'), { minLength: 2, maxLength: 4 }),
				thresholdArb,
				(devices, k) => {
					const parts = devices.map((records, i) =>
						exactOf(prefixed(records, i), yearPeriod(2022), 'nl')
					);
					const merged = mergeExactReports(parts);
					if (!merged.ok) throw new Error(merged.problem);
					const hidden = hiddenCells(merged.report, k, parts);
					const table = disclosureTable(merged.report);
					for (const part of parts) {
						const own = disclosureTable(part).cells;
						for (const cell of table.cells.values()) {
							if (cell.unit === 'organisational' || hidden.has(cell.id)) continue;
							const rest = cell.value - (own.get(cell.id)?.value ?? 0);
							expect(rest === 0 || rest >= k).toBe(true);
						}
					}
					const sources = parts.map((part) => knownCells(disclosureTable(part)));
					expect(
						auditTable(table, hidden, k, sources).filter((f) => f.reason !== 'all-small')
					).toEqual([]);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('merges a project period column by column and hides merged − any source in 1..k-1 in each', () => {
		fc.assert(
			fc.property(
				fc.array(recordsArb('idA'), { minLength: 2, maxLength: 3 }),
				thresholdArb,
				(devices, k) => {
					const period = { from: '2021-01-01', to: '2022-12-31' };
					const parts = devices.map((records, i) => {
						const mine = prefixed(records, i);
						const years = [2021, 2022].map((year) => exactOf(mine, yearPeriod(year), 'nl'));
						return { years, total: exactOf(mine, period, 'nl') };
					});
					const merged = mergeProjectFigures(parts);
					if (!merged) throw new Error('the parts did not merge');
					for (const index of [0, 1])
						expect(merged.years[index]?.helpRequests.total).toBe(
							parts.reduce((sum, part) => sum + (part.years[index]?.helpRequests.total ?? 0), 0)
						);
					const report = applyProjectDisclosureControl(merged, k, parts);
					const hidden = new Set<string>();
					for (const { column, figures } of [
						{ column: 'total', figures: report as ReportFigures },
						...Object.entries(report.years ?? {}).map(([column, figures]) => ({ column, figures }))
					])
						for (const id of hiddenIds(figures)) hidden.add(`${column}|${id}`);
					const table = projectTableOf(merged);
					for (const part of parts) {
						const own = projectTableOf(part).cells;
						for (const cell of table.cells.values()) {
							if (cell.unit === 'organisational' || hidden.has(cell.id)) continue;
							const rest = cell.value - (own.get(cell.id)?.value ?? 0);
							expect(rest === 0 || rest >= k).toBe(true);
						}
					}
				}
			),
			{ numRuns: 30 }
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
				(first, second, period, k, language) => {
					// Neutral prompt keys ("vraag 1") are numbered per device: only published texts merge as one.
					const a = withPublishedPrompts(first);
					const b = withPublishedPrompts(second);
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
			fc.property(yearCaseArb, ({ records, year, k, language }) => {
				const report = applyDisclosureControl(exactOf(records, yearPeriod(year), language), k);
				for (const text of [JSON.stringify(report), reportToCsv(report, language)]) {
					expect(text).not.toContain(SENTINEL);
					expect(text).not.toContain('idA-');
				}
			})
		);
	});
});
