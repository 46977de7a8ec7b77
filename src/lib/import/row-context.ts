import { columnNames } from './columns';
import type { ColumnKey } from './columns';
import type { IssueParams, RowIssue, RowIssueCode } from './import-types';
import { shorten } from './normalize-text';

/** A checked part of a row, or the one reason the row is left out. */
export type Check<T> = { ok: true; value: T } | { ok: false; issue: RowIssue };

/** Longest alias and taxonomy label the domain schemas accept. */
export const MAX_LABEL_LENGTH = 200;
/** Longest free text the domain schemas accept. */
export const MAX_TEXT_LENGTH = 20_000;

/** What the readers of one row share: its line, and how to name a column or a problem. */
export interface RowContext {
	line: number;
	column(key: ColumnKey): string;
	fail(code: RowIssueCode, params?: IssueParams): { ok: false; issue: RowIssue };
	invalid(key: ColumnKey, value: string, allowed: string): { ok: false; issue: RowIssue };
	tooLong(key: ColumnKey, value: string, max: number): { ok: false; issue: RowIssue } | null;
}

/** The context of the row at `line`; columns are named as the file's header wrote them. */
export function rowContext(line: number, headers: Partial<Record<ColumnKey, string>>): RowContext {
	const column = (key: ColumnKey) => headers[key] ?? columnNames[key].nl;
	const fail = (code: RowIssueCode, params: IssueParams = {}) => ({
		ok: false as const,
		issue: { line, code, params: { line, ...params } }
	});
	return {
		line,
		column,
		fail,
		invalid: (key, value, allowed) =>
			fail('invalidValue', { column: column(key), value: shorten(value), allowed }),
		tooLong: (key, value, max) =>
			value.length > max ? fail('valueTooLong', { column: column(key), max }) : null
	};
}
