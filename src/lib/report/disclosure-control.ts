import { derivedRate, suppressCount } from './disclosure-cells';
import type { ExactActivity, ExactReport } from './exact-report.schema';
import {
	MAX_THRESHOLD,
	MIN_THRESHOLD,
	type RateCell,
	type ReportActivity,
	type StekboekReport
} from './report.schema';
import { suppressBreakdown } from './suppress-breakdown';

/** The threshold k when the worker has not chosen one. */
export const DEFAULT_THRESHOLD = 5;

function activityFigures(activity: ExactActivity, k: number): ReportActivity {
	const count = (n: number) => suppressCount(n, k);
	const average = derivedRate(
		activity.sessionAttendance,
		activity.sessions,
		[activity.sessions, activity.sessionAttendance],
		k
	);
	return {
		activity: activity.activity,
		sessions: count(activity.sessions),
		attendance: count(activity.attendance),
		uniqueParticipants: count(activity.uniqueParticipants),
		newParticipants: count(activity.newParticipants),
		...(average === undefined ? {} : { averageAttendance: average }),
		women: count(activity.women),
		foreignOrigin: count(activity.foreignOrigin),
		dutchNotHomeLanguage: count(activity.dutchNotHomeLanguage),
		knownToSocialService: count(activity.knownToSocialService)
	};
}

function meanRatings(exact: ExactReport, k: number): Record<string, RateCell> {
	const means: [string, RateCell][] = [];
	for (const [prompt, { sum, count }] of Object.entries(exact.focusGroups.ratingsByPrompt)) {
		const mean = derivedRate(sum, count, [count], k);
		if (mean !== undefined) means.push([prompt, mean]);
	}
	return Object.fromEntries(means);
}

/**
 * Turns an exact report into the `stekboek-report` v1 export: counts in 1..k-1 become
 * `<k`, breakdowns get secondary suppression, averages and shares derived from a small
 * count are hidden too. Per-activity figures are not a breakdown: they are separate
 * measures of one activity that sum to no published total. Throws on a bad threshold.
 */
export function applyDisclosureControl(
	exact: ExactReport,
	threshold: number = DEFAULT_THRESHOLD
): StekboekReport {
	const k = threshold;
	if (!Number.isInteger(k) || k < MIN_THRESHOLD || k > MAX_THRESHOLD)
		throw new RangeError(`The threshold must be a whole number from 3 to 10, not ${k}`);
	const count = (n: number) => suppressCount(n, k);
	const breakdown = (cells: Record<string, number>) => suppressBreakdown(cells, k);
	const { reach, helpRequests: help, outreach, signals, focusGroups: focus } = exact;
	const responseRate = derivedRate(
		outreach.conversations,
		outreach.addressesVisited,
		[outreach.conversations, outreach.addressesVisited],
		k,
		100
	);
	return {
		format: 'stekboek-report',
		version: 1,
		period: { from: exact.period.from, to: exact.period.to },
		threshold: k,
		sources: exact.sources,
		reach: {
			uniqueContacts: count(reach.uniqueContacts),
			newContacts: count(reach.newContacts),
			knownToSocialService: count(reach.knownToSocialService),
			byGender: breakdown(reach.byGender),
			byAgeBand: breakdown(reach.byAgeBand),
			byHousehold: breakdown(reach.byHousehold),
			byOrigin: breakdown(reach.byOrigin),
			byDutchHomeLanguage: breakdown(reach.byDutchHomeLanguage)
		},
		helpRequests: {
			total: count(help.total),
			signals: count(help.signals),
			byTheme: breakdown(help.byTheme),
			byApproach: breakdown(help.byApproach),
			byReferral: breakdown(help.byReferral),
			byActivity: breakdown(help.byActivity),
			byStatus: breakdown(help.byStatus)
		},
		activities: exact.activities.map((activity) => activityFigures(activity, k)),
		outreach: {
			rounds: count(outreach.rounds),
			addressesVisited: count(outreach.addressesVisited),
			conversations: count(outreach.conversations),
			newPeopleReached: count(outreach.newPeopleReached),
			...(responseRate === undefined ? {} : { responseRate })
		},
		signals: {
			total: count(signals.total),
			byTheme: breakdown(signals.byTheme),
			byStatus: breakdown(signals.byStatus),
			byForum: breakdown(signals.byForum)
		},
		focusGroups: {
			sessions: count(focus.sessions),
			headcount: count(focus.headcount),
			inputs: count(focus.inputs),
			inputsByTheme: breakdown(focus.inputsByTheme),
			meanRatingByPrompt: meanRatings(exact, k)
		},
		contactsByMonth: breakdown(exact.contactsByMonth)
	};
}
