import type { CountCell, RateCell, Suppressed } from './report.schema';

/** The marker of a suppressed cell for threshold k, e.g. `<5`. */
export function suppressedMarker(k: number): Suppressed {
	return `<${k}`;
}

/** Whether a count must be hidden: from 1 to k-1 (zero stays visible). */
export function isSmall(count: number, k: number): boolean {
	return count >= 1 && count < k;
}

/** A count as exported: itself, or the marker when it lies in 1..k-1. */
export function suppressCount(count: number, k: number): CountCell {
	return isSmall(count, k) ? suppressedMarker(k) : count;
}

/** Rounds an average or share to one decimal, as the report format asks. */
export function roundToOneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * An average or share `scale * numerator / denominator`: undefined (left out) when the
 * denominator is zero, the marker when any count it is derived from lies in 1..k-1.
 */
export function derivedRate(
	numerator: number,
	denominator: number,
	components: readonly number[],
	k: number,
	scale = 1
): RateCell | undefined {
	if (denominator === 0) return undefined;
	if (components.some((count) => isSmall(count, k))) return suppressedMarker(k);
	return roundToOneDecimal((scale * numerator) / denominator);
}
