import type { ReportChapterId, ReportText } from '$lib/domain/report-text.schema';
import type { ReportLanguage } from '../report-input';
import { chapterText } from './chapter-text';
import type { ReportChapter, ReportMeta, ReportParagraphBlock } from './report-document';

/** Who the report is from, for `ReportDocument.meta`: the worker's own words, as written. */
export function reportMetaOf(text: ReportText, periodLabel: string): ReportMeta {
	return {
		organisation: text.organisation,
		project: text.project,
		author: text.author,
		periodLabel
	};
}

/**
 * The worker's text for one chapter as paragraphs (split at blank lines). This text is
 * written for the report, so it is the one free text that leaves the device.
 */
export function authoredParagraphs(
	text: ReportText,
	chapter: ReportChapterId
): ReportParagraphBlock[] {
	return (text.chapters[chapter] ?? '')
		.split(/\n\s*\n/)
		.map((part) => part.trim())
		.filter((part) => part.length > 0)
		.map((part) => ({ kind: 'paragraph', text: part, origin: 'authored' }));
}

/** A chapter with the worker's text for it put first, before the figures. */
export function withAuthoredText(chapter: ReportChapter, text: ReportText): ReportChapter {
	const id = chapter.id as ReportChapterId;
	return { ...chapter, blocks: [...authoredParagraphs(text, id), ...chapter.blocks] };
}

/** The introduction chapter: only the worker's introduction (empty when none was written). */
export function buildIntroductionChapter(
	text: ReportText,
	language: ReportLanguage
): ReportChapter {
	return {
		id: 'introduction',
		title: chapterText(language, 'chapter.introduction'),
		blocks: authoredParagraphs(text, 'introduction')
	};
}
