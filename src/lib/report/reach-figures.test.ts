import { describe, expect, it } from 'vitest';
import { testContact, testInput, testPerson, testSession } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

describe('reach', () => {
	it('counts an anonymous contact as one unique contact and as onbekend in every profile breakdown', () => {
		const woman = testPerson({ gender: 'vrouw', ageBand: '25-44', origin: 'EU' });
		const { reach } = aggregateReport(
			testInput({
				persons: [woman],
				contacts: [testContact('2022-03-01', woman), testContact('2022-03-02', null)]
			})
		);
		expect(reach.uniqueContacts).toBe(2);
		expect(reach.byGender).toEqual({ vrouw: 1, man: 0, x: 0, onbekend: 1 });
		expect(reach.byAgeBand['onbekend']).toBe(1);
		expect(reach.byOrigin).toEqual({ Belgisch: 0, EU: 1, 'niet-EU': 0, onbekend: 1 });
		for (const breakdown of [reach.byAgeBand, reach.byHousehold, reach.byDutchHomeLanguage])
			expect(Object.values(breakdown).reduce((a, b) => a + b, 0)).toBe(2);
	});

	it('counts two anonymous contacts as two people, since nobody can recognise them again', () => {
		const contacts = [testContact('2022-01-05', null), testContact('2022-01-05', null)];
		expect(aggregateReport(testInput({ contacts })).reach.uniqueContacts).toBe(2);
	});

	it('does not count the anonymous headcount of a session in unique contacts', () => {
		const sessions = [testSession('2022-02-01', [], { anonymousCount: 7 })];
		expect(aggregateReport(testInput({ sessions })).reach.uniqueContacts).toBe(0);
	});

	it('counts a person once across several contacts and sessions', () => {
		const person = testPerson();
		const { reach } = aggregateReport(
			testInput({
				persons: [person],
				contacts: [testContact('2022-01-10', person), testContact('2022-05-10', person)],
				sessions: [testSession('2022-06-01', [person, person])]
			})
		);
		expect(reach.uniqueContacts).toBe(1);
	});

	it('counts someone who only attended a session in the period as present', () => {
		const person = testPerson({ knownToSocialService: 'ja' });
		const { reach } = aggregateReport(
			testInput({ persons: [person], sessions: [testSession('2022-06-01', [person])] })
		);
		expect(reach).toMatchObject({ uniqueContacts: 1, knownToSocialService: 1 });
	});

	it('leaves out people whose contacts all lie outside the period, and includes both end dates', () => {
		const before = testPerson();
		const first = testPerson();
		const last = testPerson();
		const contacts = [
			testContact('2021-12-31', before),
			testContact('2022-01-01', first),
			testContact('2022-12-31', last),
			testContact('2023-01-01', before)
		];
		const { reach } = aggregateReport(testInput({ persons: [before, first, last], contacts }));
		expect(reach.uniqueContacts).toBe(2);
	});

	it('does not count someone first met before the period as new, even with no earlier record', () => {
		const knownBefore = testPerson({ firstContact: '2019-04-01' });
		const { reach } = aggregateReport(
			testInput({ persons: [knownBefore], contacts: [testContact('2022-03-01', knownBefore)] })
		);
		expect(reach.newContacts).toBe(0);
	});

	it('uses the earliest contact or attended session when firstContact is empty', () => {
		const metIn2021 = testPerson();
		const attendedIn2021 = testPerson();
		const firstIn2022 = testPerson();
		const { reach } = aggregateReport(
			testInput({
				persons: [metIn2021, attendedIn2021, firstIn2022],
				contacts: [
					testContact('2021-11-02', metIn2021),
					testContact('2022-02-02', metIn2021),
					testContact('2022-02-02', attendedIn2021),
					testContact('2022-02-03', firstIn2022)
				],
				sessions: [testSession('2021-12-07', [attendedIn2021])]
			})
		);
		expect(reach).toMatchObject({ uniqueContacts: 3, newContacts: 1 });
	});

	it('counts someone whose firstContact lies in the period as new', () => {
		const person = testPerson({ firstContact: '2022-09-01' });
		const { reach } = aggregateReport(
			testInput({ persons: [person], contacts: [testContact('2022-09-01', person)] })
		);
		expect(reach.newContacts).toBe(1);
	});

	it('counts a contact with an id that has no person record as a registered person of unknown profile', () => {
		const contacts = [testContact('2022-03-03', testPerson())];
		const { reach } = aggregateReport(testInput({ contacts }));
		expect(reach).toMatchObject({ uniqueContacts: 1, newContacts: 1 });
		expect(reach.byGender['onbekend']).toBe(1);
	});

	it('labels profile values in English when the language is en', () => {
		const person = testPerson({ gender: 'vrouw', household: 'eenoudergezin' });
		const { reach } = aggregateReport(
			testInput({
				persons: [person],
				contacts: [testContact('2022-03-01', person)],
				language: 'en'
			})
		);
		expect(reach.byGender).toEqual({ woman: 1, man: 0, x: 0, unknown: 0 });
		expect(reach.byHousehold['single-parent family']).toBe(1);
	});
});
