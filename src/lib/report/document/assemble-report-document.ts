import { reportChapterIds } from '$lib/domain/report-text.schema';
import type { ReportLanguage } from '../report-input';
import type { StekboekReport } from '../report.schema';
import { buildFiguresChapters } from './figures-chapters';
import type { ReportChapter, ReportDocument, ReportMeta } from './report-document';

// The chapters in the seed's order are declared once, with the worker's texts for them;
// an unknown id goes before the method.
const chapterOrder = reportChapterIds;

const rank = (id: string) => {
	const at = (chapterOrder as readonly string[]).indexOf(id);
	return at === -1 ? chapterOrder.length - 1.5 : at;
};

/** "2020–2022" for a project period, "2022" for one year. */
export function periodLabelOf(report: StekboekReport): string {
	const first = report.period.from.slice(0, 4);
	const last = report.period.to.slice(0, 4);
	return first === last ? first : `${first}–${last}`;
}

/**
 * The one place where the end report is put together: the figures chapters built from the
 * protected report, plus the chapters other parts of the app write (signal register, focus
 * groups, self-evaluation, the worker's texts), sorted into the seed's order. Screen,
 * print and Word all render what this returns.
 */
export function assembleReportDocument(
	report: StekboekReport,
	language: ReportLanguage,
	extra: readonly ReportChapter[] = [],
	meta: Partial<ReportMeta> = {}
): ReportDocument {
	// The politiseren chapter tells the signals and focus groups with their story.
	const omit = extra.some((chapter) => chapter.id === 'politiseren')
		? (['signals', 'focusGroups'] as const)
		: [];
	const chapters = [...buildFiguresChapters(report, language, omit), ...extra];
	return {
		meta: {
			organisation: meta.organisation ?? '',
			project: meta.project ?? '',
			author: meta.author ?? '',
			periodLabel: meta.periodLabel ?? periodLabelOf(report)
		},
		chapters: chapters
			.map((chapter, i) => ({ chapter, i }))
			.sort((a, b) => rank(a.chapter.id) - rank(b.chapter.id) || a.i - b.i)
			.map(({ chapter }) => chapter)
	};
}
