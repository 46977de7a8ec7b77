import { columnNames, columnOfHeader, emptyCells, requiredColumns } from './columns';
import type { ColumnKey, SheetCells } from './columns';
import { detectDelimiter } from './detect-delimiter';
import type { Delimiter } from './detect-delimiter';
import type { FileIssueCode, ImportIssue, ImportOutcome, RowIssue } from './import-types';
import { readRawRows } from './read-raw-rows';
import type { RawRow } from './read-raw-rows';

/** More data rows than any worker's sheet holds; beyond this the file is refused. */
export const MAX_SHEET_ROWS = 50_000;

/** One data row: its cells by column, its start line, and a problem found while parsing. */
export interface SheetRow {
	line: number;
	cells: SheetCells;
	problem: RowIssue | null;
}

export interface ParsedSheet {
	delimiter: Delimiter;
	/** The header of each column as written in the file, for messages. */
	headers: Partial<Record<ColumnKey, string>>;
	ignoredColumns: string[];
	rows: SheetRow[];
}

type FileIssue = ImportIssue<FileIssueCode>;
type Header = { headers: Partial<Record<ColumnKey, string>>; order: (ColumnKey | null)[] };

function fail(
	code: FileIssueCode,
	params: FileIssue['params'] = {}
): { ok: false; errors: FileIssue[] } {
	return { ok: false, errors: [{ code, params }] };
}

function readHeader(cells: string[], ignored: string[]): ImportOutcome<Header, FileIssue> {
	const headers: Partial<Record<ColumnKey, string>> = {};
	const order = cells.map((cell) => {
		const key = columnOfHeader(cell);
		if (key === null && cell.trim() !== '') ignored.push(cell.trim());
		return key;
	});
	for (const [index, key] of order.entries()) {
		if (key === null) continue;
		if (headers[key] !== undefined)
			return fail('duplicateColumn', { column: cells[index]!.trim() });
		headers[key] = cells[index]!.trim();
	}
	const missing = requiredColumns.filter((key) => headers[key] === undefined);
	if (missing.length > 0) {
		return fail('missingColumns', {
			columns: missing.map((key) => columnNames[key].nl).join(', '),
			columnsEn: missing.map((key) => columnNames[key].en).join(', ')
		});
	}
	return { ok: true, value: { headers, order } };
}

function toSheetRow(raw: RawRow, order: (ColumnKey | null)[]): SheetRow {
	const cells = emptyCells();
	order.forEach((key, index) => {
		if (key !== null) cells[key] = raw.cells[index] ?? '';
	});
	const extra = raw.cells.slice(order.length).filter((cell) => cell.trim() !== '');
	let problem: RowIssue | null = null;
	if (raw.quoteError !== null) {
		problem = { line: raw.line, code: 'badQuotes', params: { line: raw.line } };
	} else if (extra.length > 0) {
		const params = { line: raw.line, count: raw.cells.length, expected: order.length };
		problem = { line: raw.line, code: 'tooManyFields', params };
	}
	return { line: raw.line, cells, problem };
}

function parseText(text: string, maxRows: number): ImportOutcome<ParsedSheet, FileIssue> {
	const body = (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
	if (body.trim() === '') return fail('emptyFile');
	const delimiter = detectDelimiter(body);
	const { rows, truncated } = readRawRows(body, delimiter, maxRows + 1);
	if (truncated) return fail('tooManyRows', { max: maxRows });
	const unclosed = rows.find((row) => row.quoteError === 'missing');
	if (unclosed) return fail('unclosedQuote', { line: unclosed.line });
	const [first, ...data] = rows;
	if (!first) return fail('emptyFile');
	const ignoredColumns: string[] = [];
	const header = readHeader(first.cells, ignoredColumns);
	if (!header.ok) return header;
	const sheetRows = data.map((raw) => toSheetRow(raw, header.value.order));
	return {
		ok: true,
		value: { delimiter, headers: header.value.headers, ignoredColumns, rows: sheetRows }
	};
}

/**
 * Reads a registration sheet (formats.md §3): BOM stripped, `;` or `,` detected from the
 * header line, header names matched case-insensitively in any order. Never throws.
 */
export function parseSheet(
	text: string,
	maxRows: number = MAX_SHEET_ROWS
): ImportOutcome<ParsedSheet, FileIssue> {
	try {
		return parseText(String(text), maxRows);
	} catch {
		return fail('unreadable');
	}
}
