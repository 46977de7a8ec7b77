import {
	applyDisclosureControl,
	applyProjectDisclosureControl
} from '$lib/report/disclosure-control';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { wholeYearsOf, type Period } from '$lib/report/period';
import type { ProjectFigures } from '$lib/report/project-figures';
import type { StekboekReport } from '$lib/report/report.schema';
import { calendarYearOf } from './report-period';

/** What the chosen period may be exported as, or why it stays on screen. */
export type ExportKind =
	| { kind: 'year' | 'interim' | 'project' }
	| { kind: null; reason: 'custom' | 'project-running' | 'future' };

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

/** A project period's figures, merged and per source, for its export. */
export interface ProjectExport {
	merged: ProjectFigures;
	parts: readonly ProjectFigures[];
}

/**
 * The export of the chosen period: the merged figures of one year (with each source's own
 * figures for the several-sources rule), or of a project period column by column (with
 * each source's years and total). Null when the period may not leave the device.
 */
export function exportOf(
	kind: ExportKind,
	merged: ExactReport,
	parts: readonly ExactReport[],
	threshold: number,
	project: ProjectExport | null
): StekboekReport | null {
	if (kind.kind === null) return null;
	if (kind.kind !== 'project')
		return applyDisclosureControl(merged, threshold, { kind: kind.kind, parts });
	return project ? applyProjectDisclosureControl(project.merged, threshold, project.parts) : null;
}
