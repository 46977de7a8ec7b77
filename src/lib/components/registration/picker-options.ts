import { labelOf, type TaxonomyList } from '$lib/domain/taxonomy.schema';
import { locale } from '$lib/i18n/locale.svelte';
import { vault } from '$lib/state/vault-session.svelte';

/** A chip: the stored value and the label the worker reads. */
export interface ChipOption {
	value: string;
	label: string;
}

/**
 * The chips of one taxonomy list: the items not archived, plus archived ones still chosen
 * (`keep`), labelled in the app's language. Reactive when called inside `$derived`.
 */
export function taxonomyChips(list: TaxonomyList, keep: readonly string[] = []): ChipOption[] {
	return (vault.data?.pickerItems(list, keep) ?? []).map((item) => ({
		value: item.id,
		label: labelOf(item, locale.current)
	}));
}
