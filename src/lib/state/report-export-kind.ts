import {
	applyDisclosureControl,
	applyProjectDisclosureControl
} from '$lib/report/disclosure-control';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { yearPeriod, type Period } from '$lib/report/period';
import type { StekboekReport } from '$lib/report/report.schema';
import { calendarYearOf } from './report-period';

/** What the chosen period may be exported as, or why it stays on screen. */
export type ExportKind =
	| { kind: 'year' | 'interim' | 'project' }
	| { kind: null; reason: 'custom' | 'project-running' | 'future' };

/** The whole years a period covers, or null when it does not start and end on a year's edge. */
export function wholeYearsOf(period: Period): number[] | null {
	const first = Number(period.from.slice(0, 4));
	const last = Number(period.to.slice(0, 4));
	if (period.from !== yearPeriod(first).from || period.to !== yearPeriod(last).to) return null;
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * SPEC "Periods": a whole past year exports as a year, this year only as an interim, a
 * project period of several whole past years with a column per year; anything else (a
 * custom period, a future year, a project still running) stays on the worker's screen.
 */
export function exportKindOf(period: Period, currentYear: number): ExportKind {
	const years = wholeYearsOf(period);
	if (!years) return { kind: null, reason: 'custom' };
	const last = years[years.length - 1] ?? currentYear;
	if (calendarYearOf(period) !== null) {
		if (last > currentYear) return { kind: null, reason: 'future' };
		return { kind: last === currentYear ? 'interim' : 'year' };
	}
	return last < currentYear ? { kind: 'project' } : { kind: null, reason: 'project-running' };
}

/**
 * The export of the chosen period: the merged figures of one year (with each source's own
 * figures for the several-sources rule), or a project period computed year by year from
 * `yearOf`. Null when the period may not leave the device.
 */
export function exportOf(
	kind: ExportKind,
	merged: ExactReport,
	parts: readonly ExactReport[],
	threshold: number,
	yearOf: (year: number) => ExactReport
): StekboekReport | null {
	if (kind.kind === null) return null;
	if (kind.kind !== 'project')
		return applyDisclosureControl(merged, threshold, { kind: kind.kind, parts });
	const years = (wholeYearsOf(merged.period) ?? []).map(yearOf);
	return applyProjectDisclosureControl(years, merged, threshold);
}
