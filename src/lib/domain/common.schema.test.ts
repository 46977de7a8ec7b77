import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isoDateSchema, isRealDay } from './common.schema';

/** The check `isRealDay` replaced: what `Date` itself makes of the day. */
function dateSays(value: string): boolean {
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const twoDigits = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const shapedDates = fc
	.tuple(fc.integer({ min: 0, max: 9999 }), twoDigits, twoDigits)
	.map(([year, month, day]) => `${String(year).padStart(4, '0')}-${month}-${day}`);

describe('isRealDay', () => {
	test('agrees with Date on every YYYY-MM-DD', () => {
		fc.assert(
			fc.property(shapedDates, (value) => {
				expect(isRealDay(value)).toBe(dateSays(value));
			}),
			{ numRuns: 20_000 }
		);
	});

	test('knows the leap days', () => {
		expect(isRealDay('2024-02-29')).toBe(true);
		expect(isRealDay('2023-02-29')).toBe(false);
		expect(isRealDay('1900-02-29')).toBe(false);
		expect(isRealDay('2000-02-29')).toBe(true);
		expect(isRealDay('2022-04-31')).toBe(false);
		expect(isRealDay('2022-12-31')).toBe(true);
		expect(isRealDay('2022-00-10')).toBe(false);
		expect(isRealDay('2022-01-00')).toBe(false);
	});

	test('the schema still refuses what is not shaped as a date', () => {
		expect(isoDateSchema.safeParse('2022-3-01').success).toBe(false);
		expect(isoDateSchema.safeParse('2022-02-30').success).toBe(false);
		expect(isoDateSchema.safeParse('2022-02-28').success).toBe(true);
	});
});
