import { describe, expect, it } from 'vitest';
import { applyDisclosureControl } from './disclosure-control';
import type { ExactReport } from './exact-report.schema';
import { stekboekReportSchema } from './report.schema';
import { testInput } from './testing/test-records';
import { aggregateReport } from './year-report';

function exactWith(change: (report: ExactReport) => void): ExactReport {
	const report = aggregateReport(testInput());
	change(report);
	return report;
}

const activity = (sessions: number, sessionAttendance: number) => ({
	activity: 'Soep met Babbels',
	order: 0,
	sessions,
	sessionAttendance,
	attendance: sessionAttendance,
	uniqueParticipants: 43,
	newParticipants: 12,
	women: 32,
	foreignOrigin: 20,
	dutchNotHomeLanguage: 19,
	knownToSocialService: 3
});

describe('applyDisclosureControl', () => {
	it('writes a stekboek-report v1 with the threshold and suppressed single counts', () => {
		const report = applyDisclosureControl(
			exactWith((r) =>
				Object.assign(r.reach, { uniqueContacts: 200, newContacts: 4, knownToSocialService: 0 })
			)
		);
		expect(report).toMatchObject({
			format: 'stekboek-report',
			version: 1,
			threshold: 5,
			sources: 1
		});
		expect(report.reach).toMatchObject({
			uniqueContacts: 200,
			newContacts: '<5',
			knownToSocialService: 0
		});
		expect(stekboekReportSchema.safeParse(report).success).toBe(true);
	});

	it('rounds the average attendance to one decimal and hides it when the sessions are few', () => {
		const report = applyDisclosureControl(
			exactWith((r) =>
				r.activities.push(activity(40, 322), { ...activity(4, 30), activity: 'Digipunt' })
			)
		);
		expect(report.activities[0]).toMatchObject({
			sessions: 40,
			averageAttendance: 8.1,
			knownToSocialService: '<5'
		});
		expect(report.activities[1]).toMatchObject({ sessions: '<5', averageAttendance: '<5' });
	});

	it('computes the response rate in percent with one decimal, hidden when conversations are few', () => {
		const rate = (conversations: number, addressesVisited: number) =>
			applyDisclosureControl(
				exactWith((r) => Object.assign(r.outreach, { rounds: 6, conversations, addressesVisited }))
			).outreach.responseRate;
		expect(rate(31, 600)).toBe(5.2);
		expect(rate(3, 600)).toBe('<5');
		expect(rate(0, 600)).toBe(0);
		expect(rate(0, 0)).toBeUndefined();
	});

	it('hides a mean rating given by fewer than k people and leaves out prompts without ratings', () => {
		const report = applyDisclosureControl(
			exactWith((r) => {
				r.focusGroups.ratingsByPrompt = {
					welkom: { sum: 21, count: 5 },
					aanbod: { sum: 8, count: 2 },
					leeg: { sum: 0, count: 0 }
				};
			})
		);
		expect(report.focusGroups.meanRatingByPrompt).toEqual({ welkom: 4.2, aanbod: '<5' });
	});

	it('applies secondary suppression to contacts by month', () => {
		const report = applyDisclosureControl(
			exactWith((r) =>
				Object.assign(r.contactsByMonth, { '2022-01': 31, '2022-02': 27, '2022-03': 2 })
			),
			3
		);
		expect(report.contactsByMonth).toMatchObject({
			'2022-01': 31,
			'2022-02': '<3',
			'2022-03': '<3'
		});
	});

	it('refuses a threshold outside 3 to 10', () => {
		const exact = aggregateReport(testInput());
		expect(() => applyDisclosureControl(exact, 2)).toThrow(RangeError);
		expect(() => applyDisclosureControl(exact, 11)).toThrow(RangeError);
		expect(() => applyDisclosureControl(exact, 4.5)).toThrow(RangeError);
	});
});
