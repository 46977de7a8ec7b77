import { assembleReportDocument } from '$lib/report/document/assemble-report-document';
import { writeDocx } from '$lib/report/document/docx-writer';
import type { ReportChapter } from '$lib/report/document/report-document';
import type { ReportLanguage } from '$lib/report/report-input';
import type { StekboekReport } from '$lib/report/report.schema';
import { renderChartPng } from './chart-png';

/**
 * The `.docx` bytes of the end report: the document assembled from the checked report and
 * any extra chapters, charts drawn at print resolution. Imported dynamically by the report
 * actions, so `docx` loads only when the worker exports Word.
 */
export function writeReportWord(
	report: StekboekReport,
	language: ReportLanguage,
	extra: readonly ReportChapter[] = []
): Promise<Uint8Array> {
	return writeDocx(assembleReportDocument(report, language, extra), renderChartPng);
}
