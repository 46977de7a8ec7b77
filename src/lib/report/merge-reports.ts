import { compareActivities } from './activity-figures';
import type {
	ExactActivity,
	ExactBreakdown,
	ExactReport,
	ExactSection,
	RatingSum
} from './exact-report.schema';
import { figuresOf, type SectionName } from './figure-declarations';

/** Why exact reports cannot be merged: none given, other periods, or other label languages. */
export type MergeProblem = 'empty' | 'period' | 'language';

/** The merged exact report, or why the reports could not be merged. */
export type MergeResult = { ok: true; report: ExactReport } | { ok: false; problem: MergeProblem };

/** Sums one breakdown by label: the first report's labels in its order, then new labels. */
function sumBreakdown(breakdowns: readonly ExactBreakdown[]): ExactBreakdown {
	const sums = new Map<string, number>();
	for (const breakdown of breakdowns)
		for (const [label, count] of Object.entries(breakdown))
			sums.set(label, (sums.get(label) ?? 0) + count);
	return Object.fromEntries(sums);
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

type Plain = Record<string, unknown>;

/**
 * Sums the exact figures of one section as the declarations say: counts field by field,
 * breakdowns by label, ratings as sums and numbers of answers (so means are recomputed).
 */
function sumSection(section: SectionName, parts: readonly Plain[]): Plain {
	const out: Plain = {};
	for (const figure of figuresOf(section)) {
		if (figure.kind === 'count')
			out[figure.name] = parts.reduce((sum, part) => sum + Number(part[figure.name]), 0);
		if (figure.kind === 'breakdown')
			out[figure.name] = sumBreakdown(parts.map((part) => part[figure.name] as ExactBreakdown));
		if (figure.kind === 'ratings')
			out['ratingsByPrompt'] = sumRatings(
				parts.map((part) => part['ratingsByPrompt'] as Record<string, RatingSum>)
			);
	}
	return out;
}

function sumActivities(parts: readonly ExactActivity[][]): ExactActivity[] {
	const byLabel = new Map<string, ExactActivity[]>();
	for (const activity of parts.flat()) {
		const same = byLabel.get(activity.activity);
		if (same) same.push(activity);
		else byLabel.set(activity.activity, [activity]);
	}
	const merged = [...byLabel].map(([activity, same]) => ({
		...(sumSection('activities', same) as ExactSection<'activities'>),
		activity,
		order: Math.min(...same.map((a) => a.order))
	}));
	return merged.sort(compareActivities);
}

/**
 * Merges the exact reports of several devices for one period: every declared count is
 * summed, every breakdown by label, averages stay as components so they are recomputed from the sums, and `sources`
 * adds up (one per device). Disclosure control is applied once, to the result.
 */
export function mergeExactReports(reports: readonly ExactReport[]): MergeResult {
	const [first] = reports;
	if (!first) return { ok: false, problem: 'empty' };
	const { from, to } = first.period;
	if (reports.some((r) => r.period.from !== from || r.period.to !== to))
		return { ok: false, problem: 'period' };
	if (reports.some((r) => r.language !== first.language)) return { ok: false, problem: 'language' };
	const section = <S extends SectionName>(name: S) =>
		sumSection(
			name,
			reports.map((r) => r[name as keyof ExactReport] as Plain)
		) as ExactReport[S & keyof ExactReport];
	const report: ExactReport = {
		format: 'stekboek-exact-report',
		version: 1,
		period: { from, to },
		language: first.language,
		sources: reports.reduce((sum, r) => sum + r.sources, 0),
		reach: section('reach'),
		helpRequests: section('helpRequests'),
		activities: sumActivities(reports.map((r) => r.activities)),
		outreach: section('outreach'),
		signals: section('signals'),
		focusGroups: section('focusGroups'),
		contactsByMonth: sumBreakdown(reports.map((r) => r.contactsByMonth))
	};
	return { ok: true, report };
}
