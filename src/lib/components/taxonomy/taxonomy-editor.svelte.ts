import { SvelteSet } from 'svelte/reactivity';
import {
	labelOf,
	type ActivityKind,
	type TaxonomyItem,
	type TaxonomyList
} from '$lib/domain/taxonomy.schema';
import { locale, t } from '$lib/i18n/locale.svelte';
import type { MessageKey } from '$lib/i18n/messages';
import { saveTaxonomyItems } from '$lib/state/taxonomy-actions';
import type { VaultData } from '$lib/state/vault-data.svelte';
import {
	addItem,
	canDeleteItem,
	countTaxonomyUses,
	moveItem,
	renameItem,
	type TaxonomyOutcome
} from '$lib/taxonomy';
import { issueText } from './taxonomy-issue-text';

/** Items the worker added since the app was unlocked: only these may be deleted outright. */
const addedThisSession = new SvelteSet<string>();

type Done = 'added' | 'renamed' | 'moved' | 'archived' | 'unarchived' | 'deleted';

/**
 * The list editor's actions. Each one is one commit; afterwards `message` says what
 * happened (or why nothing did) in a polite live region. Add and rename return the
 * problem with the typed label, for the form to show next to the field.
 */
export class TaxonomyEditor {
	readonly #data: () => VaultData;
	#message = $state<{ text: string; error: boolean } | null>(null);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(data: () => VaultData) {
		this.#data = data;
	}

	/** The last outcome, shown for a few seconds so it does not keep covering the page. */
	get message(): { text: string; error: boolean } | null {
		return this.#message;
	}

	set message(value: { text: string; error: boolean } | null) {
		clearTimeout(this.#timer);
		this.#message = value;
		this.#timer = setTimeout(() => (this.#message = null), 6_000);
	}

	/** How many records use each item; an item with uses is never deleted. */
	uses = $derived.by(() => {
		const data = this.#data();
		return countTaxonomyUses({
			contacts: data.list('contact'),
			sessions: data.list('session'),
			outreach: data.list('outreach'),
			signals: data.list('signal'),
			persons: data.list('person'),
			focusInputs: data.list('focusInput')
		});
	});

	/** The items of one list in order, active and archived apart. */
	itemsOf(list: TaxonomyList): { active: TaxonomyItem[]; archived: TaxonomyItem[] } {
		const items = this.#data().taxonomy.filter((item) => item.list === list);
		return {
			active: items.filter((item) => !item.archived),
			archived: items.filter((item) => item.archived)
		};
	}

	/** The stored version of an item, so an action never writes back a stale copy. */
	#fresh(item: TaxonomyItem): TaxonomyItem {
		return this.#data().taxonomy.find((stored) => stored.id === item.id) ?? item;
	}

	canDelete(item: TaxonomyItem): boolean {
		return canDeleteItem(this.uses.get(item.id) ?? 0, addedThisSession.has(item.id));
	}

	async #write(
		items: TaxonomyItem[],
		done: Done,
		label: string,
		remove?: string
	): Promise<boolean> {
		const result = await saveTaxonomyItems(this.#data(), items, remove);
		this.message = result.ok
			? { text: t(`taxonomy.done.${done}` as MessageKey, { label }), error: false }
			: { text: t(result.error.key, result.error.params), error: true };
		return result.ok;
	}

	async #checked(outcome: TaxonomyOutcome<TaxonomyItem>, done: Done): Promise<string | null> {
		if (!outcome.ok) return outcome.errors.map(issueText).join(' ');
		const saved = await this.#write([outcome.value], done, labelOf(outcome.value, locale.current));
		if (saved && done === 'added') addedThisSession.add(outcome.value.id);
		return saved ? null : (this.message?.text ?? null);
	}

	/** Adds an item at the end of its list; returns the problem with the label, if any. */
	add(list: TaxonomyList, label: string, activityKind: ActivityKind): Promise<string | null> {
		return this.#checked(addItem({ list, label, activityKind }, this.#data().taxonomy), 'added');
	}

	/** Renames an item (Dutch label, optional English one); returns the problem, if any. */
	rename(item: TaxonomyItem, label: string, labelEn: string): Promise<string | null> {
		const items = this.#data().taxonomy;
		return this.#checked(renameItem(this.#fresh(item), label, labelEn, items), 'renamed');
	}

	async move(item: TaxonomyItem, direction: -1 | 1): Promise<void> {
		const changed = moveItem(this.#data().taxonomy, item.id, direction);
		if (changed.length > 0) await this.#write(changed, 'moved', labelOf(item, locale.current));
	}

	async setArchived(item: TaxonomyItem, archived: boolean): Promise<void> {
		const fresh = this.#fresh(item);
		const done = archived ? 'archived' : 'unarchived';
		await this.#write([{ ...fresh, archived }], done, labelOf(fresh, locale.current));
	}

	/** Deletes an unused item added in this session; anything else is refused, never lost. */
	async remove(item: TaxonomyItem): Promise<void> {
		if (!this.canDelete(item)) {
			const count = this.uses.get(item.id) ?? 0;
			this.message = { text: issueText({ code: 'inUse', params: { count } }), error: true };
			return;
		}
		if (await this.#write([], 'deleted', labelOf(item, locale.current), item.id))
			addedThisSession.delete(item.id);
	}
}
