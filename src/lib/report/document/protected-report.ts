import { applyDisclosureControl, applyProjectDisclosureControl } from '../disclosure-control';
import { yearPeriod } from '../period';
import type { ReportInput, ReportLanguage } from '../report-input';
import type { StekboekReport } from '../report.schema';
import { aggregateReport } from '../year-report';

/** The decrypted records a report is computed from. */
export type ReportRecords = Omit<ReportInput, 'period' | 'language'>;

/**
 * The protected figures of whole years, exactly as an export would publish them: one year,
 * or a project period (every year from the first to the last of `years`) with a column per
 * year and a total, protected as one table. Chapters
 * read their counts from here, so they hide the same cells as the JSON and CSV.
 */
export function protectedReport(
	records: ReportRecords,
	years: readonly number[],
	threshold: number,
	language: ReportLanguage
): StekboekReport {
	const sorted = [...new Set(years)].sort((a, b) => a - b);
	const first = sorted[0];
	const last = sorted.at(-1);
	if (first === undefined || last === undefined) throw new Error('no years');
	const exact = (from: number, to: number) =>
		aggregateReport({
			...records,
			period: { from: yearPeriod(from).from, to: yearPeriod(to).to },
			language
		});
	if (sorted.length === 1) return applyDisclosureControl(exact(first, first), threshold);
	const each = Array.from({ length: last - first + 1 }, (_, i) => exact(first + i, first + i));
	return applyProjectDisclosureControl({ years: each, total: exact(first, last) }, threshold);
}
