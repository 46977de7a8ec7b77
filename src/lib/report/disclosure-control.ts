import { disclosureTable, type DisclosureTable } from './disclosure-table';
import type { ExactReport } from './exact-report.schema';
import { exportFigures } from './export-figures';
import { columnOf, projectTableOf, type ProjectFigures } from './project-figures';
import { protectTable } from './protect-table';
import { MAX_THRESHOLD, MIN_THRESHOLD, type StekboekReport } from './report.schema';

/** The threshold k when the worker has not chosen one. */
export const DEFAULT_THRESHOLD = 5;

/** What an export covers: a whole year, or a year not yet ended (interim). */
export type SingleKind = 'year' | 'interim';

function checkThreshold(k: number): void {
	if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > MAX_THRESHOLD)
		throw new RangeError(`The threshold must be a whole number from 3 to 10, not ${k}`);
}

/** The values of a table by cell id: what one source of a merged report knows. */
export function knownCells(table: DisclosureTable): Map<string, number> {
	return new Map([...table.cells.values()].map((cell) => [cell.id, cell.value]));
}

/**
 * The ids the export of one exact report hides (SPEC "Disclosure control (version 2)"):
 * primary, complements, several sources (`parts` are the exact reports of each source of a
 * merged report), then audited secondary suppression.
 */
export function hiddenCells(
	exact: ExactReport,
	k: number,
	parts: readonly ExactReport[] = []
): Set<string> {
	checkThreshold(k);
	const sources = parts.length > 1 ? parts.map((part) => knownCells(disclosureTable(part))) : [];
	return protectTable(disclosureTable(exact), k, sources);
}

/**
 * Turns an exact report into the `stekboek-report` v2 export of one year (or an interim of
 * a year not yet ended). `parts` are the sources of a merged report. Throws on a bad
 * threshold, or when no amount of hiding passes the audit.
 */
export function applyDisclosureControl(
	exact: ExactReport,
	threshold: number = DEFAULT_THRESHOLD,
	options: { kind?: SingleKind; parts?: readonly ExactReport[] } = {}
): StekboekReport {
	const hidden = hiddenCells(exact, threshold, options.parts);
	const kind = options.kind ?? 'year';
	return {
		format: 'stekboek-report',
		version: 2,
		period: { from: exact.period.from, to: exact.period.to, kind },
		threshold,
		sources: exact.sources,
		...exportFigures(exact, { hidden: (id) => hidden.has(id), interim: kind === 'interim' })
	};
}

/**
 * The export of a project period: one column per year plus the total, protected as one
 * table whose audit knows the ties between the years and the total. `figures` holds the
 * exact reports of each whole year in order and of the whole period; `parts` are each
 * source's own project figures when colleagues' bundles were merged in (several-sources
 * rule, per column and for the total).
 */
export function applyProjectDisclosureControl(
	figures: ProjectFigures,
	threshold: number = DEFAULT_THRESHOLD,
	parts: readonly ProjectFigures[] = []
): StekboekReport {
	checkThreshold(threshold);
	const { years, total } = figures;
	const sources = parts.length > 1 ? parts.map((part) => knownCells(projectTableOf(part))) : [];
	const hidden = protectTable(projectTableOf(figures), threshold, sources);
	const publish = (column: string) => ({
		hidden: (id: string) => hidden.has(`${column}|${id}`),
		interim: false
	});
	return {
		format: 'stekboek-report',
		version: 2,
		period: { from: total.period.from, to: total.period.to, kind: 'project' },
		threshold,
		sources: total.sources,
		...exportFigures(total, publish('total')),
		years: Object.fromEntries(
			years.map((year) => [columnOf(year), exportFigures(year, publish(columnOf(year)))])
		)
	};
}
