import type { ActivityKind } from '$lib/domain/taxonomy.schema';
import {
	importMessageKey,
	previewSheet,
	resolveImport,
	type ImportIssue,
	type ImportPreview,
	type LabelDecision
} from '$lib/import';
import { skipExisting } from '$lib/import/skip-existing';
import { t } from '$lib/i18n/locale.svelte';
import type { VaultData } from '$lib/state/vault-data.svelte';
import { MAX_SHEET_BYTES, readSheetFile } from './decode-sheet';

/** What the worker chose for one unknown label; `toId` stays empty until an item is picked. */
export interface LabelChoice {
	action: 'add' | 'map';
	activityKind: ActivityKind;
	toId: string;
}

export interface ImportSummary {
	contacts: number;
	helpRequests: number;
	newPersons: number;
	updatedPersons: number;
	items: number;
	/** Contacts of the sheet already in the vault, left out. */
	skipped: number;
}

/** The message of an import issue in the worker's language. */
export function importIssueText(issue: ImportIssue): string {
	return t(importMessageKey(issue.code), issue.params);
}

/** A choice as `resolveImport` takes it; undefined while a mapping has no item yet. */
export function toDecision(choice: LabelChoice | undefined): LabelDecision | undefined {
	if (choice?.action === 'add') return { action: 'add', activityKind: choice.activityKind };
	if (choice?.action === 'map' && choice.toId !== '') return { action: 'map', toId: choice.toId };
	return undefined;
}

/**
 * The spreadsheet import, step by step: read a file, show its preview, collect a decision
 * per unknown label, then write every record in ONE commit. Nothing touches the vault
 * before `importAll`, and a refused file leaves everything as it was.
 */
export class ImportFlow {
	readonly #data: () => VaultData;
	reading = $state(false);
	saving = $state(false);
	errors = $state<string[]>([]);
	notice = $state<string | null>(null);
	preview = $state.raw<ImportPreview | null>(null);
	choices = $state<Record<string, LabelChoice>>({});
	summary = $state<ImportSummary | null>(null);

	constructor(data: () => VaultData) {
		this.#data = data;
	}

	/**
	 * How many contacts of the sheet are in the vault already (an earlier import of the
	 * same file): counted once every label is decided, and left out by `importAll`.
	 */
	alreadyThere = $derived.by(() => {
		const preview = this.preview;
		if (!preview || !this.ready) return 0;
		let next = 0;
		const records = resolveImport(preview, this.#decisions(preview), {
			newId: () => `preview-${next++}`
		});
		if (!records.ok) return 0;
		return skipExisting(records.value.contacts, this.#data().list('contact')).skipped;
	});

	/** True when every unknown label has a usable decision and there is something to write. */
	ready = $derived.by(
		() =>
			this.preview !== null &&
			this.preview.validRowCount > 0 &&
			this.preview.unknownLabels.every(({ key }) => toDecision(this.choices[key]) !== undefined)
	);

	#clear(): void {
		this.errors = [];
		this.notice = null;
		this.preview = null;
		this.choices = {};
		this.summary = null;
	}

	/** Reads a chosen file and maps it to a preview against the vault's lists and persons. */
	async choose(file: File | undefined): Promise<void> {
		this.#clear();
		if (!file) return;
		this.reading = true;
		try {
			const read = await readSheetFile(file);
			if (read === 'tooLarge') {
				const max = Math.round(MAX_SHEET_BYTES / 1024 / 1024);
				this.errors = [t('import.page.fileTooLarge', { max })];
				return;
			}
			if (read === null) {
				this.errors = [t('import.unreadable')];
				return;
			}
			if (read.encoding !== 'utf-8') this.notice = t('import.page.windows1252');
			const data = this.#data();
			const preview = previewSheet(read.text, data.taxonomy, data.persons);
			if (preview.ok) {
				this.preview = preview.value;
				this.choices = rememberedChoices(preview.value, data);
			} else this.errors = preview.errors.map(importIssueText);
		} finally {
			this.reading = false;
		}
	}

	/** Records the worker's choice for one unknown label. */
	decide(key: string, choice: LabelChoice): void {
		this.choices = { ...this.choices, [key]: choice };
	}

	/** Turns the preview and the decisions into records and writes them in one commit. */
	async importAll(): Promise<void> {
		const preview = this.preview;
		if (!preview || !this.ready || this.saving) return;
		const records = resolveImport(preview, this.#decisions(preview));
		if (!records.ok) {
			this.errors = records.errors.map(importIssueText);
			return;
		}
		const { persons, taxonomyItems } = records.value;
		const data = this.#data();
		const { fresh: contacts, skipped } = skipExisting(records.value.contacts, data.list('contact'));
		this.saving = true;
		try {
			await data.commit([
				{ op: 'put', kind: 'settings', record: remember(data, preview, this.choices) },
				...taxonomyItems.map((record) => ({
					op: 'put' as const,
					kind: 'taxonomy' as const,
					record
				})),
				...persons.map((record) => ({ op: 'put' as const, kind: 'person' as const, record })),
				...contacts.map((record) => ({ op: 'put' as const, kind: 'contact' as const, record }))
			]);
			this.#clear();
			this.summary = {
				contacts: contacts.length,
				helpRequests: contacts.reduce((sum, contact) => sum + contact.helpRequests.length, 0),
				newPersons: preview.persons.new,
				updatedPersons: persons.length - preview.persons.new,
				items: taxonomyItems.length,
				skipped
			};
		} catch (failure) {
			const detail = failure instanceof Error ? failure.name : 'error';
			this.errors = [t('import.page.saveFailed', { detail })];
		} finally {
			this.saving = false;
		}
	}

	#decisions(preview: ImportPreview) {
		return Object.fromEntries(
			preview.unknownLabels.map(({ key }) => [key, toDecision(this.choices[key])])
		);
	}

	/** Back to an empty page, for another file. */
	reset(): void {
		this.#clear();
	}
}

/** The mappings chosen at earlier imports for this sheet's unknown labels, still valid. */
function rememberedChoices(preview: ImportPreview, data: VaultData): Record<string, LabelChoice> {
	const choices: Record<string, LabelChoice> = {};
	for (const { key, list } of preview.unknownLabels) {
		const id = data.settings.importMappings[key];
		const item = id ? data.get('taxonomy', id) : undefined;
		if (item && item.list === list && !item.archived)
			choices[key] = { action: 'map', activityKind: 'individual', toId: item.id };
	}
	return choices;
}

/** The settings with this import's mappings remembered per label, for the next import. */
function remember(data: VaultData, preview: ImportPreview, choices: Record<string, LabelChoice>) {
	const mapped = preview.unknownLabels.flatMap(({ key }) => {
		const choice = choices[key];
		return choice?.action === 'map' && choice.toId ? [[key, choice.toId] as const] : [];
	});
	return {
		...data.settings,
		importMappings: { ...data.settings.importMappings, ...Object.fromEntries(mapped) }
	};
}
