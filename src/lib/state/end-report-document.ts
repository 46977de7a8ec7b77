import type { Signal } from '$lib/domain/signal.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import {
	assembleReportDocument,
	periodLabelOf
} from '$lib/report/document/assemble-report-document';
import {
	buildIntroductionChapter,
	reportMetaOf,
	withAuthoredText
} from '$lib/report/document/authored-text';
import { chapterText } from '$lib/report/document/chapter-text';
import { buildPolitiserenChapter } from '$lib/report/document/politiseren-chapter';
import type { ReportChapter, ReportDocument } from '$lib/report/document/report-document';
import { buildSelfEvaluationChapter } from '$lib/report/document/self-evaluation-chapter';
import type { ReportLanguage } from '$lib/report/report-input';
import type { StekboekReport } from '$lib/report/report.schema';
import { reportTextOf, selfEvaluationsIn } from './report-content-actions';
import type { VaultData } from './vault-data.svelte';

/** What the end report reads besides the protected figures. */
export interface EndReportSources {
	data: Pick<VaultData, 'get' | 'list'>;
	signals: readonly Signal[];
	taxonomy: readonly TaxonomyItem[];
	language: ReportLanguage;
}

/** The calendar years a protected report covers, first to last. */
function yearsOf(report: StekboekReport): number[] {
	const from = Number(report.period.from.slice(0, 4));
	const to = Number(report.period.to.slice(0, 4));
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** De Stek's functions and conditions that only the worker's own text tells. */
const TEXT_ONLY_CHAPTERS = ['ontmoeten', 'leren', 'verwijzen', 'conditions'] as const;

/**
 * The chapters the worker's own records add: introduction, a chapter per function or the
 * conditions the worker wrote about (the text is added by `endReportDocument`, so none
 * of it is lost), politiseren and the self-evaluation.
 */
export function contentChapters(
	report: StekboekReport,
	sources: EndReportSources
): ReportChapter[] {
	const { data, language } = sources;
	const text = reportTextOf(data);
	const introduction = buildIntroductionChapter(text, language);
	const written = TEXT_ONLY_CHAPTERS.filter((id) => (text.chapters[id] ?? '').trim() !== '');
	return [
		...(introduction.blocks.length > 0 ? [introduction] : []),
		...written.map((id) => ({ id, title: chapterText(language, `chapter.${id}`), blocks: [] })),
		buildPolitiserenChapter({
			signals: sources.signals,
			taxonomy: sources.taxonomy,
			report,
			language
		}),
		buildSelfEvaluationChapter(selfEvaluationsIn(data, yearsOf(report)), language)
	];
}

/**
 * The whole end report: the figures chapters, the worker's own chapters and their texts,
 * and who it is from. The worker's report text is the one free text that leaves the device;
 * it is put first in each chapter it was written for.
 */
export function endReportDocument(
	report: StekboekReport,
	sources: EndReportSources
): ReportDocument {
	const text = reportTextOf(sources.data);
	const assembled = assembleReportDocument(
		report,
		sources.language,
		contentChapters(report, sources),
		reportMetaOf(text, periodLabelOf(report))
	);
	return {
		...assembled,
		chapters: assembled.chapters.map((chapter) =>
			chapter.id === 'introduction' ? chapter : withAuthoredText(chapter, text)
		)
	};
}
