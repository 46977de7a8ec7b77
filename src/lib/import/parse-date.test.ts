import { describe, expect, it } from 'vitest';
import { parseSheetDate } from './parse-date';

describe('parseSheetDate', () => {
	it('reads YYYY-MM-DD', () => {
		expect(parseSheetDate('2022-03-07')).toBe('2022-03-07');
	});

	it('reads DD/MM/YYYY, also with one-digit day and month as Excel writes them', () => {
		expect(parseSheetDate('07/03/2022')).toBe('2022-03-07');
		expect(parseSheetDate('7/3/2022')).toBe('2022-03-07');
		expect(parseSheetDate(' 31/12/2022 ')).toBe('2022-12-31');
	});

	it('accepts 29 February only in a leap year', () => {
		expect(parseSheetDate('29/02/2024')).toBe('2024-02-29');
		expect(parseSheetDate('29/02/2023')).toBeNull();
	});

	it('refuses days that do not exist', () => {
		for (const value of [
			'31/02/2022',
			'2022-02-30',
			'31/04/2022',
			'00/01/2022',
			'2022-13-01',
			'2022-00-10'
		]) {
			expect(parseSheetDate(value)).toBeNull();
		}
	});

	it('refuses other forms and typing mistakes in the year', () => {
		for (const value of [
			'',
			'2022/03/07',
			'07-03-2022',
			'7/3/22',
			'44562',
			'maandag',
			'07/03/0222',
			'2022-3-7'
		]) {
			expect(parseSheetDate(value)).toBeNull();
		}
	});
});
