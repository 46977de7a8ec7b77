import { disclosureTable, type DisclosureTable } from '$lib/report/disclosure-table';
import type { ExactReport } from '$lib/report/exact-report.schema';

/** No one worker's year holds more than this of any count: above it a figure is absurd. */
export const MAX_PLAUSIBLE_COUNT = 1_000_000;

/**
 * Whether one source's exact figures agree with themselves, by the ties the figure
 * declarations state (the same ones the audit uses): breakdowns that add up equal their
 * totals, subgroups and `atMost` figures never exceed their parent, no count is absurd.
 * The schema already refused negative and non-integer values. Returns the first figure
 * that breaks a tie, or null when all hold.
 */
export function inconsistentFigure(report: ExactReport): string | null {
	return brokenTie(disclosureTable(report));
}

/** The first cell of a table that is absurd or breaks one of its ties, or null when all hold. */
export function brokenTie(table: DisclosureTable): string | null {
	for (const cell of table.cells.values())
		if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value > MAX_PLAUSIBLE_COUNT)
			return cell.id;
	for (const row of table.rows) {
		let sum = 0;
		for (const [id, coefficient] of row.terms)
			sum += coefficient * (table.cells.get(id)?.value ?? 0);
		if (row.op === 'eq' ? sum !== 0 : sum > 0) return row.terms[0]?.[0] ?? 'table';
	}
	return null;
}

/** Whether two exact reports hold the same figures: a bundle made from the merger's own vault. */
export function sameFigures(a: ExactReport, b: ExactReport): boolean {
	const left = disclosureTable(a).cells;
	const right = disclosureTable(b).cells;
	if (left.size !== right.size) return false;
	for (const [id, cell] of left) if (right.get(id)?.value !== cell.value) return false;
	return true;
}
