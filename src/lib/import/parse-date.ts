import type { IsoDate } from '$lib/domain/common.schema';

/** Years outside this range are typing mistakes (0222, 20222), not registrations. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A sheet date as `YYYY-MM-DD`, from `YYYY-MM-DD` or `DD/MM/YYYY` (day and month may have
 * one digit, as Excel writes them), or null when it is no real calendar day.
 */
export function parseSheetDate(value: string): IsoDate | null {
	const text = value.trim();
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	const belgian = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
	const parts = iso
		? [iso[1], iso[2], iso[3]]
		: belgian
			? [belgian[3], belgian[2], belgian[1]]
			: null;
	if (!parts) return null;
	const [year, month, day] = parts.map(Number) as [number, number, number];
	if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
