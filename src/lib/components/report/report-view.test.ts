import { describe, expect, it } from 'vitest';
import { generateDemoData } from '$lib/demo/demo-data';
import { applyDisclosureControl } from '$lib/report/disclosure-control';
import { yearPeriod } from '$lib/report/period';
import { countCellsOf, rateCellsOf } from '$lib/report/report-cells';
import { aggregateReport } from '$lib/report/year-report';
import { testContact, testInput, testPerson, testSession } from '$test-support/report/test-records';
import { buildReportView, hiddenValues } from './report-view';

const exact = aggregateReport({
	...generateDemoData(),
	period: yearPeriod(2022),
	language: 'nl'
});

describe('buildReportView', () => {
	it('marks exactly the values the export hides', () => {
		const exported = applyDisclosureControl(exact, 5);
		const view = buildReportView(exact, exported);
		const hiddenInExport = [...countCellsOf(exported), ...rateCellsOf(exported)].filter(
			(cell) => typeof cell.value === 'string'
		).length;
		expect(view.hiddenCount).toBe(hiddenInExport);
		expect(view.hiddenCount).toBeGreaterThan(0);
		for (const cell of view.reach.profile.flatMap((b) => b.cells))
			expect(cell.hidden).toBe(typeof cell.exported === 'string');
	});

	it('keeps exact values on screen, also where the export hides them', () => {
		const view = buildReportView(exact, applyDisclosureControl(exact, 10));
		const gender = view.reach.profile.find((b) => b.figure === 'byGender');
		expect(gender?.cells.map((c) => [c.label, c.exact])).toEqual(
			Object.entries(exact.reach.byGender)
		);
		const unique = view.reach.figures.find((f) => f.figure === 'uniqueContacts');
		expect(unique).toMatchObject({ exact: exact.reach.uniqueContacts, hidden: false });
	});

	it('computes exact averages and leaves them out where there were no sessions', () => {
		const person = testPerson({ gender: 'vrouw' });
		const small = aggregateReport(
			testInput({
				persons: [person],
				contacts: [testContact('2022-02-02', person)],
				sessions: ['2022-03-01', '2022-03-08', '2022-03-15'].map((date) =>
					testSession(date, [person], { anonymousCount: 2 })
				)
			})
		);
		const view = buildReportView(small, applyDisclosureControl(small, 3));
		const soup = view.activities.find((a) => a.activity === 'Soep met Babbels');
		expect(soup?.figures.find((f) => f.figure === 'averageAttendance')).toMatchObject({
			exact: 3,
			exported: 3,
			hidden: false
		});
		const grocery = view.activities.find((a) => a.activity === 'Sociale kruidenier');
		expect(grocery?.figures.some((f) => f.figure === 'averageAttendance')).toBe(false);
		expect(grocery?.figures.find((f) => f.figure === 'attendance')).toMatchObject({
			exact: 1,
			exported: 'x',
			hidden: true
		});
	});
});

describe('hiddenValues', () => {
	it('counts hidden values in every column of a project period, not the category labelled x', () => {
		const report = {
			reach: { byGender: { x: 0, vrouw: 'x' }, uniqueContacts: 12 },
			years: { '2021': { reach: { byGender: { x: 'x', man: 'x' } } } }
		};
		expect(hiddenValues(report)).toBe(3);
		expect(hiddenValues(null)).toBe(0);
	});
});
