import type { ReportLanguage } from './report-input';
import { reportRows } from './report-rows';
import type { StekboekReport } from './report.schema';
import { reportText } from './report-text';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Text a spreadsheet would run as a formula: `=`, `+`, `-`, `@`, tab or CR after any spaces or control characters. */
// eslint-disable-next-line no-control-regex -- control characters are what the check is about
const FORMULA_START = /^[\s\u0000-\u001f\u007f]*[=+\-@\t\r]/;

/**
 * One CSV field. Text that starts like a formula, also after leading spaces or control
 * characters, gets a leading apostrophe so a spreadsheet never runs a label as a formula;
 * a field holding `;`, `"` or a line break is quoted with inner quotes doubled.
 */
export function csvField(value: string, isText = true): string {
	const safe = isText && FORMULA_START.test(value) ? `'${value}` : value;
	return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A value as the CSV writes it: `x` as in the JSON, decimals with a comma in Dutch (`8,3`). */
export function csvValue(value: string | number, language: ReportLanguage): string {
	if (typeof value !== 'number') return value;
	return language === 'nl' ? String(value).replace('.', ',') : String(value);
}

/**
 * The report as CSV (formats.md §2): one row per figure, `sectie;figuur;categorie;waarde`
 * (English headers for 'en'), UTF-8 BOM, CRLF, values as in the JSON (`x` where hidden).
 */
export function reportToCsv(report: StekboekReport, language: ReportLanguage): string {
	const header = (['section', 'figure', 'category', 'value'] as const).map((column) =>
		reportText(language, `report.csv.${column}`)
	);
	const lines = [header.map((name) => csvField(name)).join(';')];
	for (const row of reportRows(report, language)) {
		const fields = [row.section, row.figure, row.category].map((field) => csvField(field));
		const isText = typeof row.value === 'string' && row.value !== 'x';
		lines.push([...fields, csvField(csvValue(row.value, language), isText)].join(';'));
	}
	return BOM + lines.join(CRLF) + CRLF;
}
