import Papa from 'papaparse';
import type { Delimiter } from './detect-delimiter';

/** One record as papaparse read it, with the file line it starts on. */
export interface RawRow {
	line: number;
	cells: string[];
	quoteError: 'missing' | 'invalid' | null;
}

export interface RawRows {
	rows: RawRow[];
	truncated: boolean;
}

function isBlank(cells: string[]): boolean {
	return cells.every((cell) => cell.trim() === '');
}

/**
 * The non-blank records of `text` (line ends already `\n`). Each row keeps the line it
 * starts on, counted over every line break before it, including those inside quoted
 * cells. Stops after `maxRows` rows and says so.
 */
export function readRawRows(text: string, delimiter: Delimiter, maxRows: number): RawRows {
	const rows: RawRow[] = [];
	let truncated = false;
	let start = 0;
	let counted = 0;
	let line = 1;
	Papa.parse<string[]>(text, {
		delimiter,
		newline: '\n',
		quoteChar: '"',
		skipEmptyLines: false,
		step: (result, parser) => {
			for (let at = text.indexOf('\n', counted); at !== -1 && at < start;) {
				line += 1;
				at = text.indexOf('\n', at + 1);
			}
			counted = start;
			start = result.meta.cursor;
			const cells = Array.isArray(result.data) ? result.data.map(String) : [];
			if (isBlank(cells) && result.errors.length === 0) return;
			if (rows.length >= maxRows) {
				truncated = true;
				parser.abort();
				return;
			}
			const codes = result.errors.map((error) => error.code);
			const quoteError = codes.includes('MissingQuotes')
				? 'missing'
				: codes.includes('InvalidQuotes')
					? 'invalid'
					: null;
			rows.push({ line, cells, quoteError });
		}
	});
	return { rows, truncated };
}
