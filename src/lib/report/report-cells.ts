import { figureDeclarations, isProtected, type FigureUnit } from './figure-declarations';
import type { CountCell, RateCell, ReportFigures, StekboekReport } from './report.schema';

/** A value of an exported report with where it sits and what it counts. */
export interface CellRef<T> {
	path: string;
	value: T;
	unit: FigureUnit;
}

type Plain = Record<string, unknown>;

/** The columns of a report: its own figures (`''`), then each year of a project period. */
export function columnsOf(report: StekboekReport): { column: string; figures: ReportFigures }[] {
	const years = Object.entries(report.years ?? {}).map(([column, figures]) => ({
		column: `years.${column}.`,
		figures
	}));
	return [{ column: '', figures: report }, ...years];
}

function scopesOf(figures: ReportFigures, section: string): { path: string; scope: Plain }[] {
	if (section === 'activities')
		return figures.activities.map((a, i) => ({ path: `activities[${i}]`, scope: a as Plain }));
	if (section === 'contactsByMonth')
		return [{ path: 'contactsByMonth', scope: { contacts: figures.contactsByMonth } }];
	return [{ path: section, scope: (figures as unknown as Record<string, Plain>)[section] ?? {} }];
}

/** Every count of one column: single figures, activity figures and breakdown cells. */
function countsOf(figures: ReportFigures, column: string): CellRef<CountCell>[] {
	const cells: CellRef<CountCell>[] = [];
	for (const figure of figureDeclarations) {
		if (figure.kind !== 'count' && figure.kind !== 'breakdown') continue;
		for (const { path, scope } of scopesOf(figures, figure.section)) {
			const value = scope[figure.name];
			if (value === undefined) continue;
			const at = `${column}${path}${figure.section === 'contactsByMonth' ? '' : `.${figure.name}`}`;
			if (figure.kind === 'count')
				cells.push({ path: at, value: value as CountCell, unit: figure.unit });
			else
				for (const [label, cell] of Object.entries(value as Record<string, CountCell>))
					cells.push({ path: `${at}[${label}]`, value: cell, unit: figure.unit });
		}
	}
	return cells;
}

/** Every count of a report, in every column. */
export function countCellsOf(report: StekboekReport): CellRef<CountCell>[] {
	return columnsOf(report).flatMap(({ column, figures }) => countsOf(figures, column));
}

/** Every average or share of a report, in every column. */
export function rateCellsOf(report: StekboekReport): CellRef<RateCell>[] {
	const cells: CellRef<RateCell>[] = [];
	for (const { column, figures } of columnsOf(report))
		for (const figure of figureDeclarations) {
			if (figure.kind !== 'rate' && figure.kind !== 'ratings') continue;
			for (const { path, scope } of scopesOf(figures, figure.section)) {
				const value = scope[figure.name] as RateCell | Record<string, RateCell> | undefined;
				const at = `${column}${path}.${figure.name}`;
				if (value === undefined) continue;
				if (typeof value !== 'object') cells.push({ path: at, value, unit: 'event' });
				else
					for (const [label, cell] of Object.entries(value))
						cells.push({ path: `${at}[${label}]`, value: cell, unit: 'event' });
			}
		}
	return cells;
}

const isSmall = (value: CountCell | undefined, k: number) =>
	typeof value === 'number' && value >= 1 && value < k;

/** Checks of one column that need only its own figures: complements and lone hidden cells. */
function columnProblems(figures: ReportFigures, column: string, k: number, rounded: boolean) {
	const problems: string[] = [];
	for (const figure of figureDeclarations) {
		for (const { path, scope } of scopesOf(figures, figure.section)) {
			const at = `${column}${path}.${figure.name}`;
			if (figure.kind === 'count' && figure.parent && !rounded) {
				const child = scope[figure.name] as CountCell | undefined;
				const parent = scope[figure.parent] as CountCell | undefined;
				if (typeof child !== 'number' || typeof parent !== 'number') continue;
				if (isSmall(parent - child, k))
					problems.push(`${at}: differs from its parent by ${parent - child}`);
				if (child === parent && child > 0 && parent < 2 * k)
					problems.push(`${at}: equals its parent ${parent}, below ${2 * k}`);
			}
			if (figure.kind === 'breakdown' && figure.tie === 'sum' && figure.total) {
				const cells = Object.values(scope[figure.name] as Record<string, CountCell>);
				const hidden = cells.filter((cell) => cell === 'x').length;
				if (hidden === 1 && typeof scope[figure.total] === 'number')
					problems.push(`${at}: one hidden cell follows from the total`);
			}
		}
	}
	return problems;
}

/** Checks of the period and the columns a report of that kind must have. */
function periodProblems(report: StekboekReport): string[] {
	const { from, to, kind } = report.period;
	const first = from.slice(0, 4);
	const last = to.slice(0, 4);
	const years = Object.keys(report.years ?? {});
	const problems: string[] = [];
	if (!from.endsWith('-01-01')) problems.push('period: an export starts on 1 January');
	if (kind !== 'interim' && !to.endsWith('-12-31'))
		problems.push('period: an export ends on 31 December');
	if (kind !== 'project' && (first !== last || years.length > 0))
		problems.push(`period: a ${kind} report covers one year`);
	if (kind === 'project') {
		const expected = Array.from({ length: Number(last) - Number(first) + 1 }, (_, i) =>
			String(Number(first) + i)
		);
		if (expected.length < 2 || expected.join() !== years.sort().join())
			problems.push('period: a project period has a column for each of its years');
	}
	return problems;
}

/** Ways in which a report breaks disclosure control; empty when it keeps every rule. */
export function disclosureProblems(report: StekboekReport): string[] {
	const k = report.threshold;
	const problems = periodProblems(report);
	for (const { path, value, unit } of countCellsOf(report)) {
		if (!isProtected(unit) || typeof value !== 'number') continue;
		if (isSmall(value, k)) problems.push(`${path}: ${value} is below ${k}`);
		if (report.period.kind === 'interim' && value % 5 !== 0)
			problems.push(`${path}: an interim count is a multiple of 5`);
	}
	for (const { column, figures } of columnsOf(report))
		problems.push(...columnProblems(figures, column, k, report.period.kind === 'interim'));
	return problems;
}
