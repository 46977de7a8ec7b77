import { describe, expect, it } from 'vitest';
import { testContact, testInput, testPerson, testRequest } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

describe('contacts and help requests by Stek-functie, aanmelding and wijk', () => {
	const fatima = testPerson({ intake: 'professioneel netwerk', areaId: 'area-zandberg' });
	const jan = testPerson({ intake: 'eigen observatie', areaId: null });
	const report = aggregateReport(
		testInput({
			persons: [fatima, jan],
			contacts: [
				testContact('2022-02-01', fatima, {
					function: 'verwijzen',
					helpRequests: [testRequest(), testRequest()]
				}),
				testContact('2022-03-01', fatima, { function: 'ontmoeten' }),
				testContact('2022-04-01', jan, { function: null, helpRequests: [testRequest()] }),
				testContact('2022-05-01', null, { function: 'leren', helpRequests: [testRequest()] })
			]
		})
	);

	it('counts a person once under each function of their contacts, and persons by intake and area', () => {
		expect(report.reach.uniqueContacts).toBe(3);
		expect(report.reach.byFunction).toEqual({
			ontmoeten: 1,
			leren: 1,
			verwijzen: 1,
			politiseren: 0,
			'(geen functie)': 1
		});
		expect(report.reach.byIntake).toEqual({
			'eigen observatie': 1,
			'persoon zelf': 0,
			'professioneel netwerk': 1,
			'niet-professioneel netwerk': 0,
			onbekend: 1
		});
		expect(report.reach.byArea).toMatchObject({ Zandberg: 1, Centrum: 0, '(geen wijk)': 2 });
		expect(Object.values(report.reach.byArea).reduce((a, b) => a + b, 0)).toBe(3);
	});

	it('counts help requests under the function of their contact and the intake and area of their person', () => {
		expect(report.helpRequests.total).toBe(4);
		expect(report.helpRequests.byFunction).toMatchObject({
			verwijzen: 2,
			leren: 1,
			ontmoeten: 0,
			'(geen functie)': 1
		});
		expect(report.helpRequests.byIntake).toMatchObject({
			'professioneel netwerk': 2,
			'eigen observatie': 1,
			onbekend: 1
		});
		expect(report.helpRequests.byArea).toMatchObject({ Zandberg: 2, '(geen wijk)': 2 });
	});
});
