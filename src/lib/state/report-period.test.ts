import { describe, expect, it } from 'vitest';
import {
	calendarYearOf,
	defaultReportYear,
	periodFileStem,
	reportLanguageOf,
	yearsWithData
} from './report-period';

const dated = (date: string) => ({ date });

describe('report period', () => {
	it('lists every year with a dated record of any kind, newest first', () => {
		const years = yearsWithData({
			contacts: [dated('2022-05-01'), dated('2021-01-01')],
			sessions: [dated('2020-03-03')],
			outreach: [dated('2022-07-07')],
			signals: [{ firstSeen: '2019-12-31' }],
			focusSessions: [dated('2023-02-02')]
		} as never);
		expect(years).toEqual([2023, 2022, 2021, 2020, 2019]);
	});

	it('opens on this year when it has data, else on the latest year, else on this year', () => {
		expect(defaultReportYear([2023, 2022], 2022)).toBe(2022);
		expect(defaultReportYear([2023, 2021], 2026)).toBe(2023);
		expect(defaultReportYear([], 2026)).toBe(2026);
	});

	it('names files by year for a calendar year and by both dates otherwise', () => {
		expect(calendarYearOf({ from: '2022-01-01', to: '2022-12-31' })).toBe(2022);
		expect(calendarYearOf({ from: '2022-01-01', to: '2022-12-30' })).toBeNull();
		expect(periodFileStem({ from: '2022-01-01', to: '2022-12-31' })).toBe('2022');
		expect(periodFileStem({ from: '2021-01-01', to: '2022-12-31' })).toBe('2021-01-01_2022-12-31');
	});

	it('labels a report in English for English and in Dutch otherwise', () => {
		expect(reportLanguageOf('en')).toBe('en');
		expect(reportLanguageOf('nl')).toBe('nl');
		expect(reportLanguageOf('fr')).toBe('nl');
	});
});
