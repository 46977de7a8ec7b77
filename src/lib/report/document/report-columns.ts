import { translate } from '$lib/i18n/messages';
import { csvValue } from '../report-csv';
import type { ReportLanguage } from '../report-input';
import { HIDDEN, type ReportFigures, type StekboekReport } from '../report.schema';

/** One column of figures: a year, the only period, or the total of a project period. */
export interface FigureColumn {
	heading: string;
	figures: ReportFigures;
	/** A year of a project period (its change from the year before gets a column). */
	isYear: boolean;
}

/** A published value as the report holds it: a number, `"x"`, or absent. */
export type Published = number | string | undefined;

/** Reads one value (count, rate or breakdown cell) out of a column's figures. */
export type Pick = (figures: ReportFigures) => Published;

/**
 * The columns of a protected report: each year of a project period, then the total; or
 * the one year (marked when interim). Only published values: the report is the export.
 */
export function columnsOf(report: StekboekReport, language: ReportLanguage): FigureColumn[] {
	const years = Object.entries(report.years ?? {}).sort(([a], [b]) => a.localeCompare(b));
	if (years.length === 0) {
		const year = report.period.from.slice(0, 4);
		const heading =
			report.period.kind === 'interim'
				? translate(language, 'reportDocument.interim', { year })
				: year;
		return [{ heading, figures: report, isYear: false }];
	}
	return [
		...years.map(([year, figures]) => ({ heading: year, figures, isYear: true })),
		{ heading: translate(language, 'reportDocument.total'), figures: report, isYear: false }
	];
}

/** The headings after the label column: the columns, then one change column per later year. */
export function headingsOf(columns: readonly FigureColumn[], language: ReportLanguage): string[] {
	const years = columns.filter((column) => column.isYear);
	return [
		...columns.map((column) => column.heading),
		...years
			.slice(1)
			.map((year) => translate(language, 'reportDocument.change', { year: year.heading }))
	];
}

const isNumber = (value: Published): value is number => typeof value === 'number';

/** A value as the report shows it: `x` where hidden, a decimal comma in Dutch, empty when absent. */
export function formatValue(value: Published, language: ReportLanguage): string {
	if (value === undefined) return '';
	return csvValue(value, language);
}

/** A signed difference (`+3`, `−2`, `0`); `x` when either side is hidden, empty when absent. */
function formatChange(now: Published, before: Published, language: ReportLanguage): string {
	if (now === undefined || before === undefined) return '';
	if (!isNumber(now) || !isNumber(before)) return HIDDEN;
	const change = Math.round((now - before) * 10) / 10;
	const text = formatValue(Math.abs(change), language);
	return change > 0 ? `+${text}` : change < 0 ? `−${text}` : '0';
}

/**
 * The cells of one row: its value in every column, with the share of `whole` where both
 * are published (a share is never shown beside a hidden count), then the change per year.
 */
export function rowCells(
	columns: readonly FigureColumn[],
	pick: Pick,
	language: ReportLanguage,
	whole?: Pick
): string[] {
	const cells = columns.map(({ figures }) => {
		const value = pick(figures);
		const total = whole?.(figures);
		if (!isNumber(value) || !isNumber(total) || total === 0) return formatValue(value, language);
		const share = formatValue(Math.round((1000 * value) / total) / 10, language);
		return translate(language, 'reportDocument.share', {
			count: formatValue(value, language),
			share
		});
	});
	const years = columns.filter((column) => column.isYear);
	const changes = years
		.slice(1)
		.map((year, i) =>
			formatChange(pick(year.figures), pick(years[i]?.figures ?? year.figures), language)
		);
	return [...cells, ...changes];
}
