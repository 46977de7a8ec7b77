import type { ReportMessageKey } from '$lib/i18n/catalog/report';
import { figureDeclarations } from './figure-declarations';
import type { ReportLanguage } from './report-input';
import type { CountCell, RateCell, ReportFigures, StekboekReport } from './report.schema';
import { reportText } from './report-text';

/** One figure of an exported report: section, figure, category (may be empty), value. */
export interface ReportRow {
	section: string;
	figure: string;
	category: string;
	value: CountCell | RateCell | string;
}

type Value = ReportRow['value'] | Record<string, ReportRow['value']> | undefined;

/** The rows of one column, in declaration order; `suffix` names the year of a project column. */
function figureRows(figures: ReportFigures, language: ReportLanguage, suffix: string): ReportRow[] {
	const rows: ReportRow[] = [];
	const text = (key: string) => reportText(language, key as ReportMessageKey);
	for (const figure of figureDeclarations) {
		if (figure.kind === 'count' && figure.exported === false) continue;
		const section = text(`report.section.${figure.section}`) + suffix;
		const name = text(`report.figure.${figure.name}`);
		const add = (category: string, value: Value) => {
			if (value === undefined) return;
			if (typeof value === 'object')
				for (const [label, cell] of Object.entries(value))
					rows.push({ section, figure: name, category: label, value: cell });
			else rows.push({ section, figure: name, category, value });
		};
		if (figure.section === 'activities')
			for (const activity of figures.activities)
				add(activity.activity, activity[figure.name] as Value);
		else if (figure.section === 'contactsByMonth') add('', figures.contactsByMonth);
		else add('', (figures[figure.section] as Record<string, Value>)[figure.name]);
	}
	return rows;
}

/**
 * The figures of a report as rows, in the order of the JSON, with section and figure names
 * in the report's language: the report's own (or total) figures, then each year of a
 * project period with the year after the section. Drives the CSV; holds only the JSON.
 */
export function reportRows(report: StekboekReport, language: ReportLanguage): ReportRow[] {
	const meta = (key: string, value: ReportRow['value']): ReportRow => ({
		section: reportText(language, 'report.section.meta'),
		figure: reportText(language, key as ReportMessageKey),
		category: '',
		value
	});
	const rows = [
		meta('report.figure.periodFrom', report.period.from),
		meta('report.figure.periodTo', report.period.to),
		meta('report.figure.periodKind', reportText(language, `report.kind.${report.period.kind}`)),
		meta('report.figure.threshold', report.threshold),
		meta('report.figure.sources', report.sources),
		...figureRows(report, language, '')
	];
	for (const [year, figures] of Object.entries(report.years ?? {}))
		rows.push(...figureRows(figures, language, ` ${year}`));
	return rows;
}
