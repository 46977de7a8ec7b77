import { isSmall, suppressedMarker } from './disclosure-cells';
import type { CountCell } from './report.schema';

/** Code-unit order of labels: the same on every device, whatever its locale. */
function compareLabels(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Disclosure control of one breakdown: counts in 1..k-1 become `<k`; when that leaves
 * exactly one suppressed cell, the smallest other non-zero cell (ties: the label that
 * sorts first) is suppressed too, so the hidden value cannot be found by subtraction.
 */
export function suppressBreakdown(
	cells: Readonly<Record<string, number>>,
	k: number
): Record<string, CountCell> {
	const entries = Object.entries(cells);
	const small = entries.filter(([, count]) => isSmall(count, k));
	let extra: string | undefined;
	if (small.length === 1) {
		const candidates = entries.filter(([, count]) => count >= k);
		candidates.sort(([la, a], [lb, b]) => a - b || compareLabels(la, lb));
		extra = candidates[0]?.[0];
	}
	const marker = suppressedMarker(k);
	return Object.fromEntries(
		entries.map(([label, count]) => [label, isSmall(count, k) || label === extra ? marker : count])
	);
}
