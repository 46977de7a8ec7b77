import type { ReportLanguage } from './report-input';
import { reportRows } from './report-rows';
import type { StekboekReport } from './report.schema';
import { reportText } from './report-text';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One CSV field. Text that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) gets a
 * leading apostrophe so a spreadsheet never runs a label as a formula; a field holding
 * `;`, `"` or a line break is quoted with inner quotes doubled.
 */
export function csvField(value: string, isText = true): string {
	const safe = isText && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The report as CSV (formats.md §2): one row per figure, `sectie;figuur;categorie;waarde`
 * (English headers for 'en'), UTF-8 BOM, CRLF, values exactly as in the JSON (so `<5`).
 */
export function reportToCsv(report: StekboekReport, language: ReportLanguage): string {
	const header = (['section', 'figure', 'category', 'value'] as const).map((column) =>
		reportText(language, `report.csv.${column}`)
	);
	const lines = [header.map((name) => csvField(name)).join(';')];
	for (const row of reportRows(report, language)) {
		const value = typeof row.value === 'number' ? String(row.value) : row.value;
		const fields = [row.section, row.figure, row.category].map((field) => csvField(field));
		lines.push([...fields, csvField(value, false)].join(';'));
	}
	return BOM + lines.join(CRLF) + CRLF;
}
