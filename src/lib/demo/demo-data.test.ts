import { describe, expect, it } from 'vitest';
import { recordKinds } from '$lib/domain/record-kinds';
import { aggregateReport } from '$lib/report/year-report';
import { yearPeriod } from '$lib/report/period';
import { generateDemoData } from './demo-data';

const small = { seed: 7, contactsPerYear: 60 };

describe('generateDemoData', () => {
	it('gives the same records for the same seed and other records for another seed', () => {
		expect(generateDemoData(small)).toEqual(generateDemoData(small));
		expect(generateDemoData({ ...small, seed: 8 }).contacts).not.toEqual(
			generateDemoData(small).contacts
		);
	});

	it('makes records that each pass their domain schema', () => {
		const data = generateDemoData();
		const check = <T>(
			schema: { safeParse: (value: unknown) => { success: boolean } },
			records: T[]
		) => expect(records.filter((record) => !schema.safeParse(record).success)).toEqual([]);
		check(recordKinds.person.schema, data.persons);
		check(recordKinds.contact.schema, data.contacts);
		check(recordKinds.session.schema, data.sessions);
		check(recordKinds.outreach.schema, data.outreach);
		check(recordKinds.signal.schema, data.signals);
		check(recordKinds.focusSession.schema, data.focusSessions);
		check(recordKinds.focusInput.schema, data.focusInputs);
		check(recordKinds.taxonomy.schema, data.taxonomy);
	});

	it('looks like the seed by default: ~200 contacts a year in 2021–2023 and three weekly or fortnightly groups', () => {
		const data = generateDemoData();
		for (const year of ['2021', '2022', '2023'])
			expect(data.contacts.filter((c) => c.date.startsWith(year))).toHaveLength(200);
		const activities = new Set(data.sessions.map((session) => session.activityId));
		expect([...activities].sort()).toEqual([
			'act-digipunt',
			'act-focusgroep',
			'act-naaiatelier',
			'act-soep-met-babbels'
		]);
		const soup2022 = data.sessions.filter(
			(s) => s.activityId === 'act-soep-met-babbels' && s.date.startsWith('2022')
		);
		const average =
			soup2022.reduce((sum, s) => sum + s.attendeeIds.length + s.anonymousCount, 0) /
			soup2022.length;
		expect(average).toBeGreaterThan(5);
		expect(average).toBeLessThan(12);
		expect(data.contacts.some((contact) => contact.personId === null)).toBe(true);
		expect(data.focusInputs.length).toBeGreaterThan(30);
	});

	it('refers only to taxonomy items, persons and sessions that exist', () => {
		const data = generateDemoData(small);
		const items = new Set(data.taxonomy.map((item) => item.id));
		const persons = new Set(data.persons.map((person) => person.id));
		const focus = new Set(data.focusSessions.map((session) => session.id));
		const ids = [
			...data.contacts.flatMap((c) => [
				c.activityId,
				...c.helpRequests.flatMap((r) => [...r.themeIds, ...r.approachIds, ...r.referralIds])
			]),
			...data.sessions.map((s) => s.activityId),
			...data.outreach.flatMap((o) => [o.kindId, ...o.areaIds]),
			...data.signals.flatMap((s) => [...s.themeIds, ...s.forwardedTo]),
			...data.persons.flatMap((p) => (p.areaId ? [p.areaId] : []))
		];
		expect(ids.filter((id) => !items.has(id))).toEqual([]);
		const people = [
			...data.contacts.flatMap((c) => (c.personId ? [c.personId] : [])),
			...data.sessions.flatMap((s) => s.attendeeIds)
		];
		expect(people.filter((id) => !persons.has(id))).toEqual([]);
		expect(data.focusInputs.filter((input) => !focus.has(input.focusSessionId))).toEqual([]);
	});

	it('never lets a newcomer appear before their first contact', () => {
		const data = generateDemoData(small);
		const first = new Map<string, string>();
		for (const contact of data.contacts)
			if (contact.personId && contact.date < (first.get(contact.personId) ?? '9999'))
				first.set(contact.personId, contact.date);
		for (const person of data.persons)
			if (person.firstContact !== null && first.has(person.id))
				expect(person.firstContact <= (first.get(person.id) ?? '')).toBe(true);
	});

	it('scales to a benchmark set of more than 100k records', () => {
		const data = generateDemoData({ contactsPerYear: 25_000, startYear: 2022, years: 3 });
		const records =
			data.persons.length + data.contacts.length + data.sessions.length + data.focusInputs.length;
		expect(records).toBeGreaterThan(100_000);
	});

	it('holds each focus group as a Focusgroep session, so the report agrees with itself', () => {
		const data = generateDemoData(small);
		const years = [...new Set(data.focusSessions.map((session) => session.date.slice(0, 4)))];
		expect(years.length).toBeGreaterThan(0);
		for (const year of years) {
			const report = aggregateReport({
				...data,
				period: yearPeriod(Number(year)),
				language: 'nl'
			});
			const focusgroep = report.activities.find((row) => row.activity === 'Focusgroep');
			expect(focusgroep?.sessions).toBe(report.focusGroups.sessions);
			expect(report.focusGroups.sessions).toBeGreaterThan(0);
		}
	});
});
