import type { Signal } from '$lib/domain/signal.schema';
import { labelOf, type TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { inPeriod } from '../period';
import type { ReportLanguage } from '../report-input';
import type { CountCell, RateCell, ReportFigures, StekboekReport } from '../report.schema';
import { valueLabel } from '../report-text';
import { chapterText } from './chapter-text';
import { columnsOf, headingsOf, rowCells, type FigureColumn } from './report-columns';
import type { ReportBlock, ReportChapter, ReportTableBlock } from './report-document';

/** What the politiseren chapter is built from. */
export interface PolitiserenInput {
	signals: readonly Signal[];
	taxonomy: readonly TaxonomyItem[];
	/** The protected figures of the report's years (see `protectedReport`). */
	report: StekboekReport;
	language: ReportLanguage;
}

type Cells = Record<string, CountCell | RateCell> | undefined;

/**
 * A table of one breakdown with the same columns as every figures table (each year, the
 * total, the change per year), the rows being the union of its labels over the columns.
 */
function breakdownTable(
	caption: string,
	columns: readonly FigureColumn[],
	pick: (figures: ReportFigures) => Cells,
	language: ReportLanguage
): ReportTableBlock {
	const labels = [...new Set(columns.flatMap(({ figures }) => Object.keys(pick(figures) ?? {})))];
	return {
		kind: 'table',
		caption,
		columns: headingsOf(columns, language),
		rows: labels.map((label) => ({
			label,
			cells: rowCells(columns, (figures) => pick(figures)?.[label], language)
		}))
	};
}

/**
 * The signal register: one row per signal first seen in the period whose title the worker
 * marked publishable, with its theme(s), forum(s), status and (only when marked too) what
 * came of it. Other signals appear in no row: they are in the counts only.
 */
function register(input: PolitiserenInput, t: (key: Parameters<typeof chapterText>[1]) => string) {
	const { signals, taxonomy, report, language } = input;
	const names = (ids: readonly string[]) => {
		const items = ids.flatMap((id) => taxonomy.filter((item) => item.id === id));
		return items.map((item) => labelOf(item, language)).join(', ') || t('chapter.none');
	};
	const inReport = signals
		.filter((signal) => inPeriod(signal.firstSeen, report.period))
		.sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.title.localeCompare(b.title));
	const shown = inReport.filter((signal) => signal.titlePublishable === true);
	const table: ReportTableBlock = {
		kind: 'table',
		caption: t('politiseren.register'),
		columns: [
			t('politiseren.register.year'),
			t('politiseren.register.theme'),
			t('politiseren.register.forum'),
			t('politiseren.register.status'),
			t('politiseren.register.outcome')
		],
		rows: shown.map((signal) => ({
			label: signal.title,
			cells: [
				signal.firstSeen.slice(0, 4),
				names(signal.themeIds),
				names(signal.forwardedTo),
				valueLabel(signal.status, language),
				(signal.outcomePublishable && signal.outcome.trim()) || t('chapter.none')
			]
		}))
	};
	return { table, total: inReport.length, shown: shown.length };
}

/**
 * The politiseren chapter (issue 14 item 3): the signal register of publishable titles,
 * the signal counts by status, theme and forum, and the focus groups' sessions, headcount,
 * chosen themes and mean ratings. Every count is read from the protected report, so a
 * cell hidden in the export is `x` here too; no description, note or unmarked title is read.
 */
export function buildPolitiserenChapter(input: PolitiserenInput): ReportChapter {
	const { report, language } = input;
	const t = (key: Parameters<typeof chapterText>[1], params?: Record<string, number>) =>
		chapterText(language, key, params);
	const columns = columnsOf(report, language);
	const listed = register(input, t);
	const sentence = [t('politiseren.registerTotal', { total: listed.total })];
	if (listed.total > 0)
		sentence.push(
			listed.shown === listed.total
				? t('politiseren.registerAll')
				: t('politiseren.registerShown', { shown: listed.shown })
		);
	const table = (caption: string, pick: (figures: ReportFigures) => Cells) =>
		breakdownTable(caption, columns, pick, language);
	const single = (key: string) => (figures: ReportFigures, section: 'signals' | 'focusGroups') =>
		figures[section][key] as CountCell | undefined;
	const blocks: ReportBlock[] = [
		{ kind: 'heading', text: t('politiseren.signals') },
		{ kind: 'paragraph', text: sentence.join(' '), origin: 'figures' },
		...(listed.shown > 0 ? [listed.table] : []),
		table(t('politiseren.count'), (f) => ({
			[t('politiseren.countRow')]: single('total')(f, 'signals') ?? 0
		})),
		table(t('politiseren.byStatus'), (f) => f.signals.byStatus as Cells),
		table(t('politiseren.byTheme'), (f) => f.signals.byTheme as Cells),
		table(t('politiseren.byForum'), (f) => f.signals.byForum as Cells),
		{ kind: 'heading', text: t('politiseren.focus') },
		table(t('politiseren.focusTotals'), (f) => ({
			[t('politiseren.focusSessions')]: single('sessions')(f, 'focusGroups') ?? 0,
			[t('politiseren.focusHeadcount')]: single('headcount')(f, 'focusGroups') ?? 0,
			[t('politiseren.focusInputs')]: single('inputs')(f, 'focusGroups') ?? 0
		})),
		table(t('politiseren.focusThemes'), (f) => f.focusGroups.inputsByTheme as Cells),
		table(t('politiseren.focusRatings'), (f) => f.focusGroups.meanRatingByPrompt as Cells)
	];
	return { id: 'politiseren', title: t('chapter.politiseren'), blocks };
}
