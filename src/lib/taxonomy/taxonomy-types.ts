/** Either a value or the problems found: taxonomy-file code returns these instead of throwing. */
export type TaxonomyOutcome<T> = { ok: true; value: T } | { ok: false; errors: TaxonomyIssue[] };

/** Problems with a taxonomy file or with an edit; each has a message `taxonomy.issue.<code>`. */
export type TaxonomyIssueCode =
	| 'tooLarge'
	| 'notJson'
	| 'wrongFormat'
	| 'wrongVersion'
	| 'noLists'
	| 'notAList'
	| 'notAnItem'
	| 'wrongType'
	| 'tooManyItems'
	| 'invalidId'
	| 'invalidLabel'
	| 'duplicateId'
	| 'listConflict'
	| 'emptyLabel'
	| 'labelTooLong'
	| 'duplicateLabel'
	| 'duplicateArchived'
	| 'inUse'
	| 'unexpected';

/**
 * One problem. `params.list` holds a list name (`themes`), which the page translates;
 * every other param is shown as it is.
 */
export interface TaxonomyIssue {
	code: TaxonomyIssueCode;
	params: Record<string, string | number>;
}

/** A failed outcome with one issue. */
export function refuse<T>(
	code: TaxonomyIssueCode,
	params: TaxonomyIssue['params'] = {}
): TaxonomyOutcome<T> {
	return { ok: false, errors: [{ code, params }] };
}
