import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from './disclosure-control';
import { testContact, testInput, testPerson, testSession } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

const activityOf = (report: ReturnType<typeof aggregateReport>, label: string) =>
	report.activities.find((activity) => activity.activity === label);

describe('per-activity figures', () => {
	it('counts a session with only anonymous attendees as attendance but not as participants', () => {
		const sessions = [testSession('2022-03-01', [], { anonymousCount: 4 })];
		const soup = activityOf(aggregateReport(testInput({ sessions })), 'Soep met Babbels');
		expect(soup).toMatchObject({
			sessions: 1,
			attendance: 4,
			sessionAttendance: 4,
			uniqueParticipants: 0
		});
	});

	it('adds registered attendees, the anonymous headcount and contacts into attendance', () => {
		const [a, b] = [testPerson(), testPerson()];
		const report = aggregateReport(
			testInput({
				persons: [a, b],
				sessions: [
					testSession('2022-03-01', [a, b], { anonymousCount: 2, activityId: 'act-digipunt' }),
					testSession('2022-03-15', [a], { activityId: 'act-digipunt' })
				],
				contacts: [
					testContact('2022-04-04', b, { activityId: 'act-digipunt' }),
					testContact('2022-04-05', null, { activityId: 'act-digipunt' })
				]
			})
		);
		expect(activityOf(report, 'Digipunt')).toMatchObject({
			sessions: 2,
			sessionAttendance: 5,
			attendance: 7,
			uniqueParticipants: 3
		});
	});

	it('averages the session attendance over sessions, leaving contacts out, and omits it without sessions', () => {
		const person = testPerson();
		const sessions = [0, 1, 2, 3, 4].map((day) =>
			testSession(`2022-03-0${day + 1}`, [person], { anonymousCount: day === 0 ? 6 : 5 })
		);
		const contacts = [
			testContact('2022-03-01', person, { activityId: 'act-soep-met-babbels' }),
			...Array.from({ length: 5 }, () => testContact('2022-03-02', null))
		];
		const exact = aggregateReport(testInput({ persons: [person], sessions, contacts }));
		const exported = applyDisclosureControl(exact);
		const exactSoup = exact.activities.find((a) => a.activity === 'Soep met Babbels');
		expect(exactSoup).toMatchObject({ sessions: 5, sessionAttendance: 31, attendance: 32 });
		const soup = exported.activities.find((a) => a.activity === 'Soep met Babbels');
		const grocery = exported.activities.find((a) => a.activity === 'Sociale kruidenier');
		// 32 − 6.2 × 5 would show the one contact: the average is hidden with its numerator.
		expect(soup?.averageAttendance).toBe('x');
		expect(soup?.attendance).toBe(32);
		expect(grocery).not.toHaveProperty('averageAttendance');
	});

	it('counts women, foreign origin, Dutch not at home and social service among distinct registered persons', () => {
		const first = testPerson({
			gender: 'vrouw',
			origin: 'EU',
			dutchHomeLanguage: 'nee',
			knownToSocialService: 'ja'
		});
		const second = testPerson({ gender: 'man', origin: 'niet-EU', knownToSocialService: 'nee' });
		const third = testPerson({ gender: 'vrouw', origin: 'Belgisch', dutchHomeLanguage: 'ja' });
		const persons = [first, second, third];
		const sessions = [
			testSession('2022-05-03', persons),
			testSession('2022-05-10', [first, first])
		];
		const contacts = [testContact('2022-05-11', null, { activityId: 'act-soep-met-babbels' })];
		const report = aggregateReport(testInput({ persons, sessions, contacts }));
		const soup = activityOf(report, 'Soep met Babbels');
		expect(soup).toMatchObject({
			uniqueParticipants: 4,
			sessionAttendance: 4,
			women: 2,
			foreignOrigin: 2,
			dutchNotHomeLanguage: 1,
			knownToSocialService: 1
		});
	});

	it('counts new participants by their first contact anywhere, not at this activity', () => {
		const old = testPerson();
		const fresh = testPerson();
		const report = aggregateReport(
			testInput({
				persons: [old, fresh],
				contacts: [testContact('2021-06-01', old), testContact('2022-02-01', fresh)],
				sessions: [testSession('2022-03-01', [old, fresh])]
			})
		);
		expect(activityOf(report, 'Soep met Babbels')?.newParticipants).toBe(1);
	});

	it('lists only activities with a session or contact in the period, in taxonomy order', () => {
		const report = aggregateReport(
			testInput({
				contacts: [
					testContact('2022-01-03', null),
					testContact('2021-01-03', null, { activityId: 'act-huisbezoek' })
				],
				sessions: [testSession('2022-01-04', [], { activityId: 'act-digipunt' })]
			})
		);
		expect(report.activities.map((a) => a.activity)).toEqual(['Digipunt', 'Sociale kruidenier']);
	});
});
