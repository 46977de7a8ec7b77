import { describe, expect, it } from 'vitest';
import { recordKinds } from '$lib/domain/record-kinds';
import { yearPeriod } from './period';
import { seedFixture } from '$test-support/report/seed-fixture';
import { aggregateReport } from './year-report';

describe('seed fixture (eindrapport Stek Harelbeke 2022, chapter 4)', () => {
	it('holds records that pass their domain schemas', () => {
		const input = seedFixture(yearPeriod(2022));
		for (const person of input.persons) recordKinds.person.schema.parse(person);
		for (const contact of input.contacts) recordKinds.contact.schema.parse(contact);
		for (const session of input.sessions) recordKinds.session.schema.parse(session);
	});

	it('reproduces 2022: 200 unique contacts, 60 new, 88 known to the social service, 110 help requests', () => {
		const report = aggregateReport(seedFixture(yearPeriod(2022)));
		expect(report.reach).toMatchObject({
			uniqueContacts: 200,
			newContacts: 60,
			knownToSocialService: 88
		});
		expect(report.helpRequests.total).toBe(110);
	});

	it.each([
		[2020, { uniqueContacts: 137, knownToSocialService: 72 }, 270],
		[2021, { uniqueContacts: 124, newContacts: 41, knownToSocialService: 59 }, 185],
		[2022, { uniqueContacts: 200, newContacts: 60, knownToSocialService: 88 }, 110]
	])('reproduces %i of the seed’s table of yearly figures', (year, reach, requests) => {
		const report = aggregateReport(seedFixture(yearPeriod(year)));
		expect(report.reach).toMatchObject(reach);
		expect(report.helpRequests.total).toBe(requests);
	});

	it('reproduces the Digipunt since 2021: 296 participations, 110 visitors (49 men, 61 women), 41 of other origin, 40 known', () => {
		const report = aggregateReport(seedFixture({ from: '2021-01-01', to: '2022-12-31' }));
		const digipunt = report.activities.find((activity) => activity.activity === 'Digipunt');
		// Every Digipunt visitor is registered as a man or a woman: 110 - 61 women = 49 men.
		expect(digipunt).toMatchObject({
			attendance: 296,
			uniqueParticipants: 110,
			women: 61,
			foreignOrigin: 41,
			knownToSocialService: 40
		});
		const men = seedFixture(yearPeriod(2022)).persons.filter(
			(person) => person.id.startsWith('seed-d') && person.gender === 'man'
		);
		expect(men).toHaveLength(49);
	});
});
