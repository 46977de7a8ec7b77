import { z } from 'zod';

/** The one report-text record's id. */
export const REPORT_TEXT_ID = 'report-text';

/** The chapters of the end report in the seed's order (see report/document/report-document.ts). */
export const reportChapterIds = [
	'introduction',
	'figures',
	'ontmoeten',
	'leren',
	'verwijzen',
	'politiseren',
	'conditions',
	'selfEvaluation',
	'method'
] as const;

export type ReportChapterId = (typeof reportChapterIds)[number];

const shortText = z.string().trim().max(200);
const chapterText = z.string().max(5_000);

/**
 * What the worker writes for the end report: who it is from and a text per chapter. This
 * is the one free text that leaves the device (in the report), so the screen says so.
 */
export const reportTextSchema = z.object({
	id: z.literal(REPORT_TEXT_ID),
	organisation: shortText,
	project: shortText,
	author: shortText,
	chapters: z.partialRecord(z.enum(reportChapterIds), chapterText)
});

export type ReportText = z.infer<typeof reportTextSchema>;

/** The report text before the worker wrote any. */
export const emptyReportText: ReportText = {
	id: REPORT_TEXT_ID,
	organisation: '',
	project: '',
	author: '',
	chapters: {}
};
