import { formatDate } from '$lib/i18n/format-date';
import { translate, type MessageKey } from '$lib/i18n/messages';
import {
	figureDeclarations,
	figuresOf,
	type FigureDeclaration,
	type SectionName
} from '../figure-declarations';
import type { ReportLanguage } from '../report-input';
import { HIDDEN, type ReportFigures, type StekboekReport } from '../report.schema';
import type { ReportBlock, ReportChapter, ReportTableRow } from './report-document';
import {
	columnsOf,
	headingsOf,
	rowCells,
	type FigureColumn,
	type Pick,
	type Published
} from './report-columns';

type Plain = Record<string, unknown>;
type Values = Record<string, Published | Record<string, Published>>;

const sectionValues = (figures: ReportFigures, section: SectionName): Values =>
	(section === 'contactsByMonth'
		? { contacts: figures.contactsByMonth }
		: ((figures as unknown as Record<string, Values>)[section] ?? {})) as Values;

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** Builds the blocks of one protected report; every value comes from the export only. */
class FiguresBuilder {
	readonly blocks: ReportBlock[] = [];
	readonly #columns: FigureColumn[];
	readonly #headings: string[];
	readonly #language: ReportLanguage;

	constructor(report: StekboekReport, language: ReportLanguage) {
		this.#language = language;
		this.#columns = columnsOf(report, language);
		this.#headings = headingsOf(this.#columns, language);
	}

	text(key: string, params?: Record<string, string | number>): string {
		return translate(this.#language, key as MessageKey, params);
	}

	#table(caption: string, rows: ReportTableRow[]): void {
		if (rows.length > 0)
			this.blocks.push({ kind: 'table', caption, columns: this.#headings, rows });
	}

	#row(label: string, pick: Pick, whole?: Pick): ReportTableRow {
		return { label, cells: rowCells(this.#columns, pick, this.#language, whole) };
	}

	/** The single figures (counts and rates) of a scope as one table, shares beside subgroups. */
	singles(
		caption: string,
		figures: readonly FigureDeclaration[],
		scope: (f: ReportFigures) => Plain
	) {
		const value = (name: string) => (f: ReportFigures) => scope(f)[name] as Published;
		const rows = figures.flatMap((figure) => {
			const label = this.text(`report.figure.${figure.name}`);
			if (figure.kind === 'count' && figure.exported !== false)
				return [
					this.#row(label, value(figure.name), figure.parent ? value(figure.parent) : undefined)
				];
			if (figure.kind === 'rate') return [this.#row(label, value(figure.name))];
			return [];
		});
		this.#table(caption, rows);
	}

	/** One breakdown as a table (shares of the total for people) and, where declared, a chart. */
	breakdown(section: SectionName, figure: FigureDeclaration, labelOf = (label: string) => label) {
		if (figure.kind !== 'breakdown' && figure.kind !== 'ratings') return;
		const cellsOf = (f: ReportFigures) =>
			(sectionValues(f, section)[figure.name] ?? {}) as Record<string, Published>;
		const labels = [
			...new Set(this.#columns.flatMap(({ figures }) => Object.keys(cellsOf(figures))))
		];
		const total =
			figure.kind === 'breakdown' &&
			figure.unit === 'person' &&
			figure.tie === 'sum' &&
			figure.total
				? (f: ReportFigures) => sectionValues(f, section)[figure.total ?? ''] as Published
				: undefined;
		const title =
			figure.kind === 'ratings'
				? this.text('reportDocument.meanRatings')
				: lowerFirst(this.text(`report.figure.${figure.name}`));
		const caption = `${this.text(`report.section.${section}`)} — ${title}`;
		const rows = labels.map((label) => this.#row(labelOf(label), (f) => cellsOf(f)[label], total));
		this.#table(caption, rows);
		if (figure.kind === 'breakdown' && figure.chart !== 'none')
			this.#chart(caption, figure.chart, labels.map(labelOf), labels, cellsOf);
	}

	#chart(
		caption: string,
		chart: 'bar' | 'line',
		labels: string[],
		keys: string[],
		cellsOf: (f: ReportFigures) => Record<string, Published>
	) {
		const years = this.#columns.filter((column) => column.isYear);
		const series = (years.length > 0 ? years : this.#columns).map((column) => ({
			label: column.heading,
			values: keys.map((key) => {
				const value = cellsOf(column.figures)[key];
				return typeof value === 'number' ? value : null;
			})
		}));
		if (series.some((s) => s.values.some((v) => v !== null && v > 0)))
			this.blocks.push({ kind: 'chart', caption, chart, labels, series });
	}

	/** Per activity: a table of its figures in every column. */
	activities() {
		const names = [
			...new Set(this.#columns.flatMap(({ figures }) => figures.activities.map((a) => a.activity)))
		];
		const figures = figuresOf('activities');
		for (const name of names)
			this.singles(
				`${this.text('report.section.activities')} — ${name}`,
				figures,
				(f) => (f.activities.find((a) => a.activity === name) ?? {}) as Plain
			);
	}
}

const MONTH_SECTION: SectionName = 'contactsByMonth';

/**
 * The figures chapter of the end report from a protected report (a year, an interim or a
 * project period): per section a table of its single figures and one per breakdown, with
 * section-titled captions ("Signalen — per thema"), a column per year plus the total and
 * the change from the year before, shares beside subgroups, and charts of published values.
 * Then the method note. Nothing here reads exact figures: only the export's values.
 * Sections another chapter tells in full (`omit`) are left out here.
 */
export function buildFiguresChapters(
	report: StekboekReport,
	language: ReportLanguage,
	omit: readonly SectionName[] = []
): ReportChapter[] {
	const build = new FiguresBuilder(report, language);
	const month = (label: string) =>
		new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-BE', {
			month: 'short',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(`${label}-15T12:00:00Z`));
	const sections = [...new Set(figureDeclarations.map((f) => f.section))].filter(
		(section) => !omit.includes(section)
	);
	for (const section of sections) {
		build.blocks.push({ kind: 'heading', text: build.text(`report.section.${section}`) });
		if (section === 'activities') {
			build.activities();
			continue;
		}
		const declared = figuresOf(section);
		build.singles(
			`${build.text(`report.section.${section}`)} — ${build.text('reportDocument.keyFigures')}`,
			declared,
			(f) => sectionValues(f, section)
		);
		for (const figure of declared)
			build.breakdown(section, figure, section === MONTH_SECTION ? month : undefined);
	}
	return [
		{ id: 'figures', title: build.text('reportDocument.chapter.figures'), blocks: build.blocks },
		methodChapter(report, language)
	];
}

/** The method note: period, sources, what `x` means and how each figure is counted. */
function methodChapter(report: StekboekReport, language: ReportLanguage): ReportChapter {
	const text = (key: string, params?: Record<string, string | number>) =>
		translate(language, key as MessageKey, params);
	const period = text('report.period.text', {
		from: formatDate(report.period.from, language, 'long'),
		to: formatDate(report.period.to, language, 'long')
	});
	const k = report.threshold;
	const keys: [string, Record<string, string | number>?][] = [
		['report.legendPrint', { marker: HIDDEN }],
		['report.method.period', { period }],
		report.sources > 1
			? ['report.method.sourcesMany', { count: report.sources }]
			: ['report.method.sourcesOne'],
		['report.method.threshold', { threshold: k, below: k - 1 }],
		['report.method.unique'],
		['report.method.new'],
		['report.method.requests'],
		['report.method.activities'],
		['report.method.months']
	];
	return {
		id: 'method',
		title: text('reportDocument.chapter.method'),
		blocks: keys.map(([key, params]) => ({
			kind: 'paragraph',
			text: text(key, params),
			origin: 'figures'
		}))
	};
}
