import { disclosureTable, projectTable, type DisclosureTable } from './disclosure-table';
import type { ExactReport } from './exact-report.schema';
import { mergeExactReports } from './merge-reports';

/**
 * One source's exact figures for a project period: each whole year in order, and the
 * whole period. The total is not the sum of the years (a person seen in two years counts
 * once), so a source that knows only its total cannot be split into the year columns.
 */
export interface ProjectFigures {
	years: ExactReport[];
	total: ExactReport;
}

/** The column name of a year's report in a project table: its year. */
export const columnOf = (year: ExactReport): string => year.period.from.slice(0, 4);

/** The one protected table of a project period (a column per year and the total), tied. */
export function projectTableOf({ years, total }: ProjectFigures): DisclosureTable {
	const columns = years.map((year) => ({ column: columnOf(year), table: disclosureTable(year) }));
	return projectTable(columns, disclosureTable(total));
}

/**
 * The sources of a merged project period summed column by column: every year with that
 * year's figures of each source, the total with the totals. Null when the sources do not
 * cover the same years and period in the same language.
 */
export function mergeProjectFigures(parts: readonly ProjectFigures[]): ProjectFigures | null {
	const [first] = parts;
	if (!first || parts.some((part) => part.years.length !== first.years.length)) return null;
	const years: ExactReport[] = [];
	for (let index = 0; index < first.years.length; index++) {
		const merged = mergeExactReports(parts.map((part) => part.years[index]!));
		if (!merged.ok) return null;
		years.push(merged.report);
	}
	const total = mergeExactReports(parts.map((part) => part.total));
	return total.ok ? { years, total: total.report } : null;
}
