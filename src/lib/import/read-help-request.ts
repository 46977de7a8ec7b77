import type { SheetCells } from './columns';
import { allowedValues, readStatus } from './enum-values';
import type { ImportList, LabelRef, PlannedHelpRequest } from './import-types';
import type { LabelMatcher } from './label-matcher';
import { splitMulti } from './normalize-text';
import { MAX_LABEL_LENGTH, MAX_TEXT_LENGTH } from './row-context';
import type { Check, RowContext } from './row-context';

type LabelColumn = 'activity' | 'theme' | 'approach' | 'referral';

/** The labels of a multi-value cell, matched and without repeats. */
export function readLabels(
	cells: SheetCells,
	key: LabelColumn,
	list: ImportList,
	ctx: RowContext,
	match: LabelMatcher
): Check<LabelRef[]> {
	const parts =
		key === 'activity' ? [cells.activity.trim()].filter(Boolean) : splitMulti(cells[key]);
	const refs: LabelRef[] = [];
	for (const part of parts) {
		const tooLong = ctx.tooLong(key, part, MAX_LABEL_LENGTH);
		if (tooLong) return tooLong;
		const ref = match(list, part);
		if (!refs.some((known) => known.key === ref.key)) refs.push(ref);
	}
	return { ok: true, value: refs };
}

/**
 * The help request of a row, or null for a contact without one (empty Thema). A theme
 * needs at least one approach; approaches or referrals without a theme are refused, so
 * nothing the worker wrote is silently dropped.
 */
export function readHelpRequest(
	cells: SheetCells,
	ctx: RowContext,
	match: LabelMatcher
): Check<PlannedHelpRequest | null> {
	const status = cells.status.trim() === '' ? 'afgerond' : readStatus(cells.status);
	if (status === null) return ctx.invalid('status', cells.status, allowedValues('status'));
	const description = cells.description.trim();
	const tooLong = ctx.tooLong('description', description, MAX_TEXT_LENGTH);
	if (tooLong) return tooLong;
	const themes = readLabels(cells, 'theme', 'themes', ctx, match);
	if (!themes.ok) return themes;
	const approaches = readLabels(cells, 'approach', 'approaches', ctx, match);
	if (!approaches.ok) return approaches;
	const referrals = readLabels(cells, 'referral', 'referrals', ctx, match);
	if (!referrals.ok) return referrals;
	if (themes.value.length === 0) {
		if (approaches.value.length > 0)
			return ctx.fail('helpWithoutTheme', { column: ctx.column('approach') });
		if (referrals.value.length > 0)
			return ctx.fail('helpWithoutTheme', { column: ctx.column('referral') });
		return { ok: true, value: null };
	}
	if (approaches.value.length === 0)
		return ctx.fail('missingApproach', { column: ctx.column('approach') });
	return {
		ok: true,
		value: {
			themes: themes.value,
			approaches: approaches.value,
			referrals: referrals.value,
			description,
			status
		}
	};
}
