import { z } from 'zod';
import { isoDateSchema } from '$lib/domain/common.schema';

/** A report period: two ISO dates, both inclusive, `from` not after `to`. */
export const periodSchema = z
	.strictObject({ from: isoDateSchema, to: isoDateSchema })
	.refine((period) => period.from <= period.to, 'period.from is after period.to');

/** A report period, both dates inclusive. */
export type Period = z.infer<typeof periodSchema>;

/** Whether an ISO date lies in the period; ISO dates compare correctly as strings. */
export function inPeriod(date: string, period: Period): boolean {
	return period.from <= date && date <= period.to;
}

/** Every month (`YYYY-MM`) that the period touches, in calendar order. */
export function monthsOf(period: Period): string[] {
	const months: string[] = [];
	let year = Number(period.from.slice(0, 4));
	let month = Number(period.from.slice(5, 7));
	const last = period.to.slice(0, 7);
	for (;;) {
		const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
		if (key > last) return months;
		months.push(key);
		month += 1;
		if (month > 12) {
			month = 1;
			year += 1;
		}
	}
}

/** The calendar year as a period, the report's default. */
export function yearPeriod(year: number): Period {
	return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The whole years a period covers, or null when it does not start and end on a year's edge. */
export function wholeYearsOf(period: Period): number[] | null {
	const first = Number(period.from.slice(0, 4));
	const last = Number(period.to.slice(0, 4));
	if (period.from !== yearPeriod(first).from || period.to !== yearPeriod(last).to) return null;
	return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The years of a project period (several whole years), or null for any other period. */
export function projectYearsOf(period: Period): number[] | null {
	const years = wholeYearsOf(period);
	return years && years.length > 1 ? years : null;
}
