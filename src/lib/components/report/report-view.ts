import type { ReportMessageKey } from '$lib/i18n/catalog/report';
import { roundToOneDecimal } from '$lib/report/disclosure-cells';
import type { ExactBreakdown, ExactReport } from '$lib/report/exact-report.schema';
import type { CountCell, RateCell, StekboekReport } from '$lib/report/report.schema';

/** A figure name of the report catalog, e.g. `uniqueContacts` for `report.figure.uniqueContacts`. */
export type FigureName = ReportMessageKey extends infer K
	? K extends `report.figure.${infer Name}`
		? Name
		: never
	: never;

/** One value as the worker sees it (exact) next to what the export holds. */
export interface ViewValue {
	exact: number;
	exported: CountCell | RateCell;
	/** True when the export hides this value (`<k`). */
	hidden: boolean;
}

/** A single figure, e.g. unique contacts. */
export interface ViewFigure extends ViewValue {
	figure: FigureName;
}

/** One category of a breakdown. */
export interface ViewCell extends ViewValue {
	label: string;
}

/** A breakdown (by gender, by theme, by month…) with its cells in report order. */
export interface ViewBreakdown {
	figure: FigureName;
	cells: ViewCell[];
}

/** The figures of one activity. */
export interface ViewActivity {
	activity: string;
	figures: ViewFigure[];
}

/** The whole report as the page lays it out: exact values, export values and marks. */
export interface ReportView {
	reach: { figures: ViewFigure[]; profile: ViewBreakdown[] };
	helpRequests: { figures: ViewFigure[]; breakdowns: ViewBreakdown[] };
	activities: ViewActivity[];
	outreach: ViewFigure[];
	signals: { figures: ViewFigure[]; breakdowns: ViewBreakdown[] };
	focusGroups: { figures: ViewFigure[]; inputsByTheme: ViewBreakdown; ratings: ViewCell[] };
	contactsByMonth: ViewBreakdown;
	/** How many values the export hides. */
	hiddenCount: number;
}

function value(exact: number, exported: CountCell | RateCell): ViewValue {
	return { exact, exported, hidden: typeof exported === 'string' };
}

function figures<T extends FigureName>(
	names: readonly T[],
	exact: Record<T, number | undefined>,
	exported: Partial<Record<T, CountCell | RateCell>>
): ViewFigure[] {
	return names.flatMap((figure) => {
		const out = exported[figure];
		const raw = exact[figure];
		return out === undefined || raw === undefined ? [] : [{ figure, ...value(raw, out) }];
	});
}

function breakdown(
	figure: FigureName,
	exact: ExactBreakdown,
	exported: Record<string, CountCell>
): ViewBreakdown {
	const cells = Object.entries(exact).map(([label, count]) => ({
		label,
		...value(count, exported[label] ?? count)
	}));
	return { figure, cells };
}

const rate = (numerator: number, denominator: number, scale = 1) =>
	denominator === 0 ? undefined : roundToOneDecimal((scale * numerator) / denominator);

/** The columns of the per-activity table, in report order. */
export const activityFigureNames = [
	'sessions',
	'attendance',
	'uniqueParticipants',
	'newParticipants',
	'averageAttendance',
	'women',
	'foreignOrigin',
	'dutchNotHomeLanguage',
	'knownToSocialService'
] as const satisfies readonly FigureName[];

/**
 * Pairs every exact figure with its exported value, so the worker sees the exact count and
 * which ones the export will hide. `exported` must be `applyDisclosureControl(exact, k)`.
 */
export function buildReportView(exact: ExactReport, exported: StekboekReport): ReportView {
	const { reach, helpRequests: help, outreach, signals, focusGroups: focus } = exact;
	const out = exported;
	const view: ReportView = {
		reach: {
			figures: figures(['uniqueContacts', 'newContacts', 'knownToSocialService'], reach, out.reach),
			profile: (
				['byGender', 'byAgeBand', 'byHousehold', 'byOrigin', 'byDutchHomeLanguage'] as const
			).map((name) => breakdown(name, reach[name], out.reach[name]))
		},
		helpRequests: {
			figures: figures(['total', 'signals'], help, out.helpRequests),
			breakdowns: (['byTheme', 'byApproach', 'byReferral', 'byActivity', 'byStatus'] as const).map(
				(name) => breakdown(name, help[name], out.helpRequests[name])
			)
		},
		activities: exact.activities.map((activity, i) => ({
			activity: activity.activity,
			figures: figures(
				activityFigureNames,
				{ ...activity, averageAttendance: rate(activity.sessionAttendance, activity.sessions) },
				out.activities[i] ?? {}
			)
		})),
		outreach: figures(
			['rounds', 'addressesVisited', 'conversations', 'newPeopleReached', 'responseRate'],
			{ ...outreach, responseRate: rate(outreach.conversations, outreach.addressesVisited, 100) },
			out.outreach
		),
		signals: {
			figures: figures(['total'], signals, out.signals),
			breakdowns: (['byTheme', 'byStatus', 'byForum'] as const).map((name) =>
				breakdown(name, signals[name], out.signals[name])
			)
		},
		focusGroups: {
			figures: figures(['sessions', 'headcount', 'inputs'], focus, out.focusGroups),
			inputsByTheme: breakdown('inputsByTheme', focus.inputsByTheme, out.focusGroups.inputsByTheme),
			ratings: Object.entries(focus.ratingsByPrompt).flatMap(([label, { sum, count }]) => {
				const mean = rate(sum, count);
				const shown = out.focusGroups.meanRatingByPrompt[label];
				return mean === undefined || shown === undefined ? [] : [{ label, ...value(mean, shown) }];
			})
		},
		contactsByMonth: breakdown('contacts', exact.contactsByMonth, out.contactsByMonth),
		hiddenCount: 0
	};
	view.hiddenCount = countHidden(view);
	return view;
}

function countHidden(view: ReportView): number {
	const values: ViewValue[] = [
		...view.reach.figures,
		...view.reach.profile.flatMap((b) => b.cells),
		...view.helpRequests.figures,
		...view.helpRequests.breakdowns.flatMap((b) => b.cells),
		...view.activities.flatMap((a) => a.figures),
		...view.outreach,
		...view.signals.figures,
		...view.signals.breakdowns.flatMap((b) => b.cells),
		...view.focusGroups.figures,
		...view.focusGroups.inputsByTheme.cells,
		...view.focusGroups.ratings,
		...view.contactsByMonth.cells
	];
	return values.filter((v) => v.hidden).length;
}
