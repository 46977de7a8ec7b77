import { z } from 'zod';

/**
 * A record id: random for records (never derived from personal data, so it reveals
 * nothing in clear), a readable slug for default taxonomy items. No `|`, since ids are
 * part of each ciphertext's associated data `kind|id|version`.
 */
export const idSchema = z
	.string()
	.min(3)
	.max(64)
	.regex(/^[A-Za-z0-9_-]+$/);

/**
 * Whether `YYYY-MM-DD` (already matched) names a real day of the proleptic Gregorian
 * calendar, as `Date` reads it. By hand: unlock validates every record's dates, and
 * building a `Date` and its ISO string cost ~1 µs a date.
 */
export function isRealDay(value: string): boolean {
	const year = Number(value.slice(0, 4));
	const month = Number(value.slice(5, 7));
	const day = Number(value.slice(8, 10));
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
	return day <= days;
}

/** A calendar date as `YYYY-MM-DD`, checked to be a real day. */
export const isoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine(isRealDay, 'not a real date');

export type IsoDate = z.infer<typeof isoDateSchema>;

/** A count a worker types in: a whole number that is not negative and not absurd. */
export const countSchema = z.number().int().min(0).max(1_000_000);

/** Free text a worker writes; bounded so a corrupt record cannot blow up the UI. */
export const freeTextSchema = z.string().max(20_000);

/** A new random id (122 random bits). */
export function newId(): string {
	return crypto.randomUUID();
}

/** The current moment as an ISO timestamp (for metadata such as when a draft was saved). */
export function nowIso(): string {
	return new Date(Date.now()).toISOString();
}

/** Today's date in the device's own time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
	const month = String(now.getMonth() + 1).padStart(2, '0');
	const day = String(now.getDate()).padStart(2, '0');
	return `${now.getFullYear()}-${month}-${day}`;
}
