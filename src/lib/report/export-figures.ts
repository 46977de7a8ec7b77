import { activityCellId, cellId, ratingCellId, sectionOf } from './disclosure-table';
import type { ExactReport } from './exact-report.schema';
import {
	figureDeclarations,
	isProtected,
	type FigureDeclaration,
	type SectionName
} from './figure-declarations';
import { HIDDEN, type CountCell, type RateCell, type ReportFigures } from './report.schema';

/** How the cells of one column are published: which are hidden, whether counts are rounded. */
export interface Publication {
	/** Whether the cell with this id (see disclosure-table) is hidden. */
	hidden: (id: string) => boolean;
	/** Interim reports round protected counts to multiples of 5. */
	interim: boolean;
}

/** Rounds an average or share to one decimal, as the report format asks. */
export function roundToOneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

type Plain = Record<string, unknown>;

function figuresOfScope(
	scope: Plain,
	figures: readonly FigureDeclaration[],
	idOf: (name: string) => string,
	publication: Publication
): Plain {
	const value = (id: string, count: number, protectedCount: boolean): CountCell => {
		if (publication.hidden(id)) return HIDDEN;
		return publication.interim && protectedCount ? Math.round(count / 5) * 5 : count;
	};
	const unitOf = (name: string) =>
		figures.find((f) => f.name === name && f.kind !== 'rate' && f.kind !== 'ratings');
	const out: Plain = {};
	for (const figure of figures) {
		const exact = scope[figure.name];
		if (figure.kind === 'count' && figure.exported !== false)
			out[figure.name] = value(idOf(figure.name), Number(exact), isProtected(figure.unit));
		if (figure.kind === 'breakdown') {
			const cells = Object.entries(exact as Record<string, number>).map(([label, count]) => [
				label,
				value(`${idOf(figure.name)}[${label}]`, count, isProtected(figure.unit))
			]);
			out[figure.name] = Object.fromEntries(cells);
		}
		if (figure.kind === 'rate') {
			const denominator = Number(scope[figure.denominator]);
			if (denominator === 0) continue;
			const part = (name: string) => {
				const declared = unitOf(name);
				const isProt = declared?.kind === 'count' && isProtected(declared.unit);
				return value(idOf(name), Number(scope[name]), isProt);
			};
			const top = part(figure.numerator);
			const bottom = part(figure.denominator);
			out[figure.name] =
				top === HIDDEN || bottom === HIDDEN || bottom === 0
					? HIDDEN
					: roundToOneDecimal((figure.scale * top) / bottom);
		}
	}
	return out;
}

function meanRatings(exact: ExactReport, publication: Publication): Record<string, RateCell> {
	const means: [string, RateCell][] = [];
	for (const [prompt, { sum, count }] of Object.entries(exact.focusGroups.ratingsByPrompt)) {
		if (count === 0) continue;
		means.push([
			prompt,
			publication.hidden(ratingCellId(prompt)) ? HIDDEN : roundToOneDecimal(sum / count)
		]);
	}
	return Object.fromEntries(means);
}

/**
 * The exported figures of one exact report: every declared figure with its value, `"x"`
 * where hidden, interim counts rounded; averages and shares only where their numerator and
 * denominator are published. Ids follow disclosure-table, optionally under a column prefix.
 */
export function exportFigures(exact: ExactReport, publication: Publication): ReportFigures {
	const bySection = (section: SectionName) =>
		figureDeclarations.filter((f) => f.section === section);
	const section = (name: SectionName) =>
		figuresOfScope(
			sectionOf(exact, name),
			bySection(name),
			(figure) => cellId(name, figure),
			publication
		);
	const activities = exact.activities.map((activity) => ({
		activity: activity.activity,
		...figuresOfScope(
			activity as unknown as Plain,
			bySection('activities'),
			(figure) => activityCellId(activity.activity, figure),
			publication
		)
	}));
	return {
		reach: section('reach'),
		helpRequests: section('helpRequests'),
		activities,
		outreach: section('outreach'),
		signals: section('signals'),
		focusGroups: { ...section('focusGroups'), meanRatingByPrompt: meanRatings(exact, publication) },
		contactsByMonth: section('contactsByMonth').contacts
	} as ReportFigures;
}
