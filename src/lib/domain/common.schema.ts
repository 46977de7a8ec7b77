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

/** A calendar date as `YYYY-MM-DD`, checked to be a real day. */
export const isoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((value) => {
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
	}, 'not a real date');

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
