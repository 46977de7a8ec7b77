import { describe, expect, it } from 'vitest';
import { auditTable } from './disclosure-audit';
import { applyDisclosureControl, hiddenCells } from './disclosure-control';
import { disclosureTable } from './disclosure-table';
import type { ExactActivity, ExactReport } from './exact-report.schema';
import { stekboekReportSchema } from './report.schema';
import { testInput } from '$test-support/report/test-records';
import { aggregateReport } from './year-report';

function exactWith(change: (report: ExactReport) => void): ExactReport {
	const report = aggregateReport(testInput());
	change(report);
	return report;
}

/** Help requests whose status and activity breakdowns both add up to `total`. */
function setRequests(
	r: ExactReport,
	byActivity: Record<string, number>,
	byStatus?: Record<string, number>
) {
	const total = Object.values(byActivity).reduce((a, b) => a + b, 0);
	Object.assign(r.helpRequests, { total, signals: 0, byTheme: {}, byApproach: {}, byReferral: {} });
	r.helpRequests.byActivity = byActivity;
	r.helpRequests.byStatus = byStatus ?? { afgerond: total };
}

/** Unique contacts with every profile unknown except the age bands given. */
function setReach(r: ExactReport, byAgeBand: Record<string, number>) {
	const total = Object.values(byAgeBand).reduce((a, b) => a + b, 0);
	const unknown = { onbekend: total };
	Object.assign(r.reach, { uniqueContacts: total, newContacts: 0, knownToSocialService: 0 });
	Object.assign(r.reach, {
		byGender: unknown,
		byHousehold: unknown,
		byOrigin: unknown,
		byDutchHomeLanguage: unknown,
		byAgeBand
	});
}

const activity = (overrides: Partial<ExactActivity> = {}): ExactActivity => ({
	activity: 'Soep met Babbels',
	order: 0,
	sessions: 40,
	sessionAttendance: 322,
	attendance: 340,
	uniqueParticipants: 43,
	newParticipants: 12,
	women: 32,
	foreignOrigin: 20,
	dutchNotHomeLanguage: 19,
	knownToSocialService: 21,
	...overrides
});

describe('applyDisclosureControl (v2)', () => {
	it('writes a stekboek-report v2: hidden cells are "x", zero stays visible', () => {
		const report = applyDisclosureControl(
			exactWith((r) => {
				Object.assign(r.reach, { uniqueContacts: 200, newContacts: 4, knownToSocialService: 0 });
				r.reach.byGender = { vrouw: 120, man: 80, x: 0, onbekend: 0 };
			})
		);
		expect(report).toMatchObject({
			format: 'stekboek-report',
			version: 2,
			period: { from: '2022-01-01', to: '2022-12-31', kind: 'year' },
			threshold: 5,
			sources: 1
		});
		expect(report.reach).toMatchObject({
			uniqueContacts: 200,
			newContacts: 'x',
			knownToSocialService: 0
		});
		expect(stekboekReportSchema.safeParse(report).success).toBe(true);
	});

	it('publishes organisational counts exactly, however small', () => {
		const report = applyDisclosureControl(
			exactWith((r) => {
				r.signals = {
					total: 3,
					byTheme: { Huisvesting: 2, Werk: 1 },
					byStatus: { nieuw: 3 },
					byForum: { OCMW: 1 }
				};
				r.focusGroups.sessions = 4;
				r.outreach = { rounds: 2, addressesVisited: 3, conversations: 0, newPeopleReached: 0 };
				r.activities = [activity({ sessions: 2 })];
			})
		);
		expect(report.signals).toEqual({
			total: 3,
			byTheme: { Huisvesting: 2, Werk: 1 },
			byStatus: { nieuw: 3 },
			byForum: { OCMW: 1 }
		});
		expect(report.focusGroups.sessions).toBe(4);
		expect(report.outreach).toMatchObject({ rounds: 2, addressesVisited: 3 });
		expect(report.activities[0]?.sessions).toBe(2);
	});

	it('computes the response rate with one decimal, hidden when conversations are', () => {
		const rate = (conversations: number, addressesVisited: number) =>
			applyDisclosureControl(
				exactWith((r) => Object.assign(r.outreach, { rounds: 6, conversations, addressesVisited }))
			).outreach.responseRate;
		expect(rate(31, 600)).toBe(5.2);
		expect(rate(3, 600)).toBe('x');
		expect(rate(0, 600)).toBe(0);
		expect(rate(0, 0)).toBeUndefined();
	});

	it('hides a mean rating given by fewer than k people and leaves out prompts without ratings', () => {
		const report = applyDisclosureControl(
			exactWith((r) => {
				r.focusGroups.inputs = 40;
				r.focusGroups.ratingsByPrompt = {
					welkom: { sum: 21, count: 5 },
					aanbod: { sum: 8, count: 2 },
					leeg: { sum: 0, count: 0 }
				};
			})
		);
		expect(report.focusGroups.meanRatingByPrompt).toEqual({ welkom: 4.2, aanbod: 'x' });
	});

	it('never writes a hidden 17 as "<5": one marker for primary and secondary cells', () => {
		const report = applyDisclosureControl(
			exactWith((r) => {
				const byStatus = { open: 2, 'in opvolging': 17, afgerond: 80, doorverwezen: 21 };
				setRequests(r, { A: 60, B: 60 }, byStatus);
			})
		);
		expect(report.helpRequests.byStatus).toEqual({
			open: 'x',
			'in opvolging': 'x',
			afgerond: 80,
			doorverwezen: 21
		});
	});

	it('refuses a threshold outside 3 to 10', () => {
		const exact = aggregateReport(testInput());
		expect(() => applyDisclosureControl(exact, 2)).toThrow(RangeError);
		expect(() => applyDisclosureControl(exact, 11)).toThrow(RangeError);
		expect(() => applyDisclosureControl(exact, 4.5)).toThrow(RangeError);
	});
});

describe('regressions: the attacks of issue 10', () => {
	it('complement: uniqueParticipants 7 − women 6 = 1 no longer shows', () => {
		const exact = exactWith((r) => {
			r.activities = [
				activity({
					activity: 'Huis van het Kind',
					uniqueParticipants: 7,
					women: 6,
					newParticipants: 0,
					foreignOrigin: 0,
					dutchNotHomeLanguage: 0,
					knownToSocialService: 0,
					attendance: 40,
					sessionAttendance: 30
				})
			];
		});
		const out = applyDisclosureControl(exact).activities[0];
		expect(out?.women === 'x' || out?.uniqueParticipants === 'x').toBe(true);
	});

	it('three hidden cells of one breakdown are not pinned by its total (demo 2023 at k=3)', () => {
		const exact = exactWith((r) => {
			setRequests(r, { A: 2, B: 2, C: 2, D: 40 });
		});
		const report = applyDisclosureControl(exact, 3);
		const cells = Object.values(report.helpRequests.byActivity as Record<string, unknown>);
		// With A, B and C hidden and D and the total shown, each would be (46 − 40) / 3 = 2.
		expect(
			cells.filter((cell) => cell === 'x').length + (report.helpRequests.total === 'x' ? 1 : 0)
		).toBeGreaterThan(3);
		const hidden = hiddenCells(exact, 3);
		expect(auditTable(disclosureTable(exact), hidden, 3)).toEqual([]);
	});

	it('attendance − averageAttendance × sessions does not give the individual contacts', () => {
		const exact = exactWith((r) => {
			r.activities = [activity({ sessions: 10, sessionAttendance: 80, attendance: 82 })];
		});
		const out = applyDisclosureControl(exact).activities[0];
		expect(out?.attendance === 'x' || out?.averageAttendance === 'x').toBe(true);
	});

	it('homogeneity: known to the social service = unique participants = 9 is hidden', () => {
		const exact = exactWith((r) => {
			r.activities = [
				activity({
					activity: 'Digipunt',
					uniqueParticipants: 9,
					knownToSocialService: 9,
					women: 0,
					newParticipants: 0,
					foreignOrigin: 0,
					dutchNotHomeLanguage: 0
				})
			];
		});
		expect(applyDisclosureControl(exact).activities[0]?.knownToSocialService).toBe('x');
		const big = exactWith((r) => {
			r.activities = [
				activity({
					uniqueParticipants: 12,
					knownToSocialService: 12,
					women: 0,
					newParticipants: 0,
					foreignOrigin: 0,
					dutchNotHomeLanguage: 0
				})
			];
		});
		expect(applyDisclosureControl(big).activities[0]?.knownToSocialService).toBe(12);
	});

	it('a colleague who knows their own part learns nothing: merged − source in 1..k−1 is hidden', () => {
		const own = exactWith((r) => setReach(r, { '18-25': 3, '26-64': 37 }));
		const crafted = exactWith((r) => setReach(r, { '18-25': 5, '26-64': 5 }));
		const merged = exactWith((r) => {
			r.sources = 2;
			setReach(r, { '18-25': 8, '26-64': 42 });
		});
		const report = applyDisclosureControl(merged, 5, { parts: [own, crafted] });
		expect((report.reach.byAgeBand as Record<string, unknown>)['18-25']).toBe('x');
	});
});
