import { describe, expect, it } from 'vitest';
import { yearPeriod } from '$lib/report/period';
import { wholeYearsOf } from '$lib/report/period';
import { exportKindOf } from './report-export-kind';

describe('exportKindOf (SPEC "Periods")', () => {
	it('exports a past year as a year and this year only as an interim', () => {
		expect(exportKindOf(yearPeriod(2022), 2026)).toEqual({ kind: 'year' });
		expect(exportKindOf(yearPeriod(2026), 2026)).toEqual({ kind: 'interim' });
		expect(exportKindOf(yearPeriod(2027), 2026)).toEqual({ kind: null, reason: 'future' });
	});

	it('exports a project period of whole past years, not one still running', () => {
		expect(exportKindOf({ from: '2021-01-01', to: '2023-12-31' }, 2026)).toEqual({
			kind: 'project'
		});
		expect(exportKindOf({ from: '2024-01-01', to: '2026-12-31' }, 2026)).toEqual({
			kind: null,
			reason: 'project-running'
		});
	});

	it('keeps any other period on screen', () => {
		for (const period of [
			{ from: '2022-01-01', to: '2022-11-29' },
			{ from: '2022-01-01', to: '2022-11-30' },
			{ from: '2022-02-01', to: '2022-12-31' }
		])
			expect(exportKindOf(period, 2026)).toEqual({ kind: null, reason: 'custom' });
		expect(wholeYearsOf({ from: '2021-01-01', to: '2023-12-31' })).toEqual([2021, 2022, 2023]);
	});
});
