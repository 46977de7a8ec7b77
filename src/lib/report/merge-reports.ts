import { compareActivities } from './activity-figures';
import type { ExactActivity, ExactBreakdown, ExactReport, RatingSum } from './exact-report.schema';

/** Why exact reports cannot be merged: none given, other periods, or other label languages. */
export type MergeProblem = 'empty' | 'period' | 'language';

/** The merged exact report, or why the reports could not be merged. */
export type MergeResult = { ok: true; report: ExactReport } | { ok: false; problem: MergeProblem };

/** Sums single counts field by field. */
function sumFields<const K extends string>(
	parts: readonly Record<K, number>[],
	keys: readonly K[]
): Record<K, number> {
	const sums = keys.map((key) => [key, parts.reduce((sum, part) => sum + part[key], 0)]);
	return Object.fromEntries(sums) as Record<K, number>;
}

/** Sums one breakdown by label: the first report's labels in its order, then new labels. */
function sumBreakdown(breakdowns: readonly ExactBreakdown[]): ExactBreakdown {
	const sums = new Map<string, number>();
	for (const breakdown of breakdowns)
		for (const [label, count] of Object.entries(breakdown))
			sums.set(label, (sums.get(label) ?? 0) + count);
	return Object.fromEntries(sums);
}

/** Sums several breakdowns of the same section, each by label. */
function sumBreakdowns<const K extends string>(
	parts: readonly Record<K, ExactBreakdown>[],
	keys: readonly K[]
): Record<K, ExactBreakdown> {
	const sums = keys.map((key) => [key, sumBreakdown(parts.map((part) => part[key]))]);
	return Object.fromEntries(sums) as Record<K, ExactBreakdown>;
}

function sumRatings(parts: readonly Record<string, RatingSum>[]): Record<string, RatingSum> {
	const sums = new Map<string, RatingSum>();
	for (const byPrompt of parts)
		for (const [prompt, { sum, count }] of Object.entries(byPrompt)) {
			const known = sums.get(prompt) ?? { sum: 0, count: 0 };
			sums.set(prompt, { sum: known.sum + sum, count: known.count + count });
		}
	return Object.fromEntries(sums);
}

const activityCounts = [
	'sessions',
	'sessionAttendance',
	'attendance',
	'uniqueParticipants',
	'newParticipants',
	'women',
	'foreignOrigin',
	'dutchNotHomeLanguage',
	'knownToSocialService'
] as const;

function sumActivities(parts: readonly ExactActivity[][]): ExactActivity[] {
	const byLabel = new Map<string, ExactActivity[]>();
	for (const activity of parts.flat()) {
		const same = byLabel.get(activity.activity);
		if (same) same.push(activity);
		else byLabel.set(activity.activity, [activity]);
	}
	const merged = [...byLabel].map(([activity, same]) => ({
		activity,
		order: Math.min(...same.map((a) => a.order)),
		...sumFields(same, activityCounts)
	}));
	return merged.sort(compareActivities);
}

/**
 * Merges the exact reports of several devices for one period: every count is summed by
 * label, averages stay as components so they are recomputed from the sums, and `sources`
 * adds up (one per device). Disclosure control is applied once, to the result.
 */
export function mergeExactReports(reports: readonly ExactReport[]): MergeResult {
	const [first] = reports;
	if (!first) return { ok: false, problem: 'empty' };
	const { from, to } = first.period;
	if (reports.some((r) => r.period.from !== from || r.period.to !== to))
		return { ok: false, problem: 'period' };
	if (reports.some((r) => r.language !== first.language)) return { ok: false, problem: 'language' };
	const reach = reports.map((r) => r.reach);
	const help = reports.map((r) => r.helpRequests);
	const signals = reports.map((r) => r.signals);
	const focus = reports.map((r) => r.focusGroups);
	const report: ExactReport = {
		format: 'stekboek-exact-report',
		version: 1,
		period: { from, to },
		language: first.language,
		sources: reports.reduce((sum, r) => sum + r.sources, 0),
		reach: {
			...sumFields(reach, ['uniqueContacts', 'newContacts', 'knownToSocialService']),
			...sumBreakdowns(reach, [
				'byGender',
				'byAgeBand',
				'byHousehold',
				'byOrigin',
				'byDutchHomeLanguage'
			])
		},
		helpRequests: {
			...sumFields(help, ['total', 'signals']),
			...sumBreakdowns(help, ['byTheme', 'byApproach', 'byReferral', 'byActivity', 'byStatus'])
		},
		activities: sumActivities(reports.map((r) => r.activities)),
		outreach: sumFields(
			reports.map((r) => r.outreach),
			['rounds', 'addressesVisited', 'conversations', 'newPeopleReached']
		),
		signals: {
			...sumFields(signals, ['total']),
			...sumBreakdowns(signals, ['byTheme', 'byStatus', 'byForum'])
		},
		focusGroups: {
			...sumFields(focus, ['sessions', 'headcount', 'inputs']),
			...sumBreakdowns(focus, ['inputsByTheme']),
			ratingsByPrompt: sumRatings(focus.map((f) => f.ratingsByPrompt))
		},
		contactsByMonth: sumBreakdown(reports.map((r) => r.contactsByMonth))
	};
	return { ok: true, report };
}
