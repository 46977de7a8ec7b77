import { taxonomyMessages } from '$lib/i18n/catalog/taxonomy';
import { t } from '$lib/i18n/locale.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { taxonomyLists, type TaxonomyList } from '$lib/domain/taxonomy.schema';
import type { TaxonomyIssue, TaxonomyIssueCode } from '$lib/taxonomy';

/** Fails to compile when an issue code has no Dutch message. */
const issueKeys: Record<`taxonomy.issue.${TaxonomyIssueCode}`, string> = taxonomyMessages.nl;

/** The translated name of a list. */
export function listName(list: TaxonomyList): string {
	return t(`taxonomy.list.${list}`);
}

function translatedParam(key: string, value: string | number): string | number {
	const isList = (key === 'list' || key === 'deviceList') && typeof value === 'string';
	const list = taxonomyLists.find((name) => name === value);
	return isList && list ? listName(list) : value;
}

/** The message of a taxonomy issue in the worker's language, list names translated. */
export function issueText(issue: TaxonomyIssue): string {
	const key: MessageKey =
		`taxonomy.issue.${issue.code}` in issueKeys
			? `taxonomy.issue.${issue.code}`
			: 'taxonomy.issue.unexpected';
	const params = Object.fromEntries(
		Object.entries(issue.params).map(([name, value]) => [name, translatedParam(name, value)])
	);
	return t(key, params);
}
