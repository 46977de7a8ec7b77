import type { ReportMessageKey } from '$lib/i18n/catalog/report';
import { sectionOf } from '$lib/report/disclosure-table';
import type { ExactBreakdown, ExactReport } from '$lib/report/exact-report.schema';
import { roundToOneDecimal } from '$lib/report/export-figures';
import { figureDeclarations, type SectionName } from '$lib/report/figure-declarations';
import {
	HIDDEN,
	type CountCell,
	type RateCell,
	type ReportFigures
} from '$lib/report/report.schema';

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
	/** True when the export hides this value (`x`). */
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
	return { exact, exported, hidden: exported === HIDDEN };
}

type Plain = Record<string, unknown>;

const rate = (numerator: number, denominator: number, scale = 1) =>
	denominator === 0 ? undefined : roundToOneDecimal((scale * numerator) / denominator);

/** The single figures (counts and rates) of one scope, from the declarations. */
function figuresOf(exact: Plain, exported: Plain, section: SectionName): ViewFigure[] {
	return figureDeclarations.flatMap((declared) => {
		if (declared.section !== section) return [];
		const out = exported[declared.name] as CountCell | RateCell | undefined;
		if (out === undefined || typeof out === 'object') return [];
		const figure = declared.name as FigureName;
		if (declared.kind === 'count') return [{ figure, ...value(Number(exact[declared.name]), out) }];
		if (declared.kind !== 'rate') return [];
		const raw = rate(
			Number(exact[declared.numerator]),
			Number(exact[declared.denominator]),
			declared.scale
		);
		return raw === undefined ? [] : [{ figure, ...value(raw, out) }];
	});
}

/** The breakdowns of one section, from the declarations. */
function breakdownsOf(exact: Plain, exported: Plain, section: SectionName): ViewBreakdown[] {
	return figureDeclarations.flatMap((declared) => {
		if (declared.section !== section || declared.kind !== 'breakdown') return [];
		const cells = exact[declared.name] as ExactBreakdown;
		const out = (exported[declared.name] ?? {}) as Record<string, CountCell>;
		const figure = declared.name as FigureName;
		return [
			{
				figure,
				cells: Object.entries(cells).map(([label, count]) => ({
					label,
					...value(count, out[label] ?? count)
				}))
			}
		];
	});
}

/** The columns of the per-activity table, in report order. */
export const activityFigureNames = figureDeclarations.flatMap((f) =>
	f.section === 'activities' && !(f.kind === 'count' && f.exported === false)
		? [f.name as FigureName]
		: []
);

const emptyBreakdown = (figure: FigureName): ViewBreakdown => ({ figure, cells: [] });

/**
 * Pairs every exact figure with its exported value, so the worker sees the exact count and
 * which ones the export hides (`x`). `exported` holds the figures of the same column.
 */
export function buildReportView(exact: ExactReport, exported: ReportFigures): ReportView {
	const section = (name: SectionName) => ({
		exact: sectionOf(exact, name),
		out:
			(name === 'contactsByMonth'
				? { contacts: exported.contactsByMonth }
				: (exported as unknown as Record<string, Plain>)[name]) ?? {}
	});
	const view = (name: SectionName) => {
		const { exact: e, out } = section(name);
		return { figures: figuresOf(e, out, name), breakdowns: breakdownsOf(e, out, name) };
	};
	const reach = view('reach');
	const focus = view('focusGroups');
	const means = exported.focusGroups.meanRatingByPrompt as Record<string, RateCell> | undefined;
	const result: ReportView = {
		reach: { figures: reach.figures, profile: reach.breakdowns },
		helpRequests: view('helpRequests'),
		activities: exact.activities.map((activity, i) => ({
			activity: activity.activity,
			figures: figuresOf(
				activity as unknown as Plain,
				(exported.activities[i] ?? {}) as Plain,
				'activities'
			)
		})),
		outreach: view('outreach').figures,
		signals: view('signals'),
		focusGroups: {
			figures: focus.figures,
			inputsByTheme: focus.breakdowns[0] ?? emptyBreakdown('inputsByTheme'),
			ratings: Object.entries(exact.focusGroups.ratingsByPrompt).flatMap(
				([label, { sum, count }]) => {
					const mean = rate(sum, count);
					const shown = means?.[label];
					return mean === undefined || shown === undefined
						? []
						: [{ label, ...value(mean, shown) }];
				}
			)
		},
		contactsByMonth: view('contactsByMonth').breakdowns[0] ?? emptyBreakdown('contacts'),
		hiddenCount: 0
	};
	result.hiddenCount = countHidden(result);
	return result;
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

/** How many values of a protected report are hidden (`x`), over every column; labels don't count. */
export function hiddenValues(value: unknown): number {
	if (value === HIDDEN) return 1;
	if (typeof value !== 'object' || value === null) return 0;
	return Object.values(value).reduce((sum: number, inner) => sum + hiddenValues(inner), 0);
}
