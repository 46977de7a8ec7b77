import type { IsoDate } from '$lib/domain/common.schema';
import type { ColumnKey, SheetCells } from './columns';
import { allowedValues, profileFields, readProfileValue } from './enum-values';
import type { PlannedRow, SheetProfile } from './import-types';
import type { LabelMatcher } from './label-matcher';
import { normalizeKey, shorten } from './normalize-text';
import { parseSheetDate } from './parse-date';
import type { SheetRow } from './parse-sheet';
import { readHelpRequest, readLabels } from './read-help-request';
import { MAX_LABEL_LENGTH, rowContext } from './row-context';
import type { Check, RowContext } from './row-context';

function readProfile(cells: SheetCells, ctx: RowContext): Check<SheetProfile> {
	const profile: Record<string, string> = {};
	for (const field of profileFields) {
		const raw = cells[field];
		if (raw.trim() === '') continue;
		const value = readProfileValue(field, raw);
		if (value === null) return ctx.invalid(field, raw, allowedValues(field));
		profile[field] = value;
	}
	return { ok: true, value: profile as SheetProfile };
}

function readDate(
	cells: SheetCells,
	key: 'date' | 'firstContact',
	ctx: RowContext
): Check<IsoDate | null> {
	const raw = cells[key];
	if (raw.trim() === '') return { ok: true, value: null };
	const date = parseSheetDate(raw);
	if (date) return { ok: true, value: date };
	return ctx.fail('invalidDate', { column: ctx.column(key), value: shorten(raw) });
}

/**
 * One sheet row checked against formats.md §3, with its labels matched to the taxonomy,
 * or the first reason it cannot be imported.
 */
export function readRow(
	row: SheetRow,
	headers: Partial<Record<ColumnKey, string>>,
	match: LabelMatcher
): Check<PlannedRow> {
	if (row.problem) return { ok: false, issue: row.problem };
	const { cells } = row;
	const ctx = rowContext(row.line, headers);
	const date = readDate(cells, 'date', ctx);
	if (!date.ok) return date;
	if (date.value === null) return ctx.fail('missingDate', { column: ctx.column('date') });
	const activity = readLabels(cells, 'activity', 'activities', ctx, match);
	if (!activity.ok) return activity;
	const [activityRef] = activity.value;
	if (!activityRef) return ctx.fail('missingActivity', { column: ctx.column('activity') });
	const alias = cells.person.trim();
	const aliasTooLong = ctx.tooLong('person', alias, MAX_LABEL_LENGTH);
	if (aliasTooLong) return aliasTooLong;
	const profile = readProfile(cells, ctx);
	if (!profile.ok) return profile;
	const firstContact = readDate(cells, 'firstContact', ctx);
	if (!firstContact.ok) return firstContact;
	const helpRequest = readHelpRequest(cells, ctx, match);
	if (!helpRequest.ok) return helpRequest;
	return {
		ok: true,
		value: {
			line: row.line,
			date: date.value,
			personKey: alias === '' ? null : normalizeKey(alias),
			alias: alias === '' ? null : alias,
			activity: activityRef,
			helpRequest: helpRequest.value,
			note: helpRequest.value === null ? cells.description.trim() : '',
			profile: profile.value,
			firstContact: firstContact.value
		}
	};
}
