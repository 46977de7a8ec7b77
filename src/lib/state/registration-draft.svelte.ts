import type { Change } from '$lib/db/encrypted-repository';
import { nowIso } from '$lib/domain/common.schema';
import type { RegistrationForm } from './registration-form.svelte';
import type { VaultData } from './vault-data.svelte';

/** The id of the encrypted draft record that holds the registration form's input. */
export const REGISTRATION_DRAFT_ID = 'registration';
const SAVE_DELAY_MS = 400;

/**
 * Keeps the registration form's unsaved input as an encrypted draft record, so that a
 * reload, an auto-lock or a killed tab loses nothing: restored on unlock, rewritten a
 * moment after each change, removed once the contact is saved or the form is cleared.
 */
export class RegistrationDraft {
	readonly #form: RegistrationForm;
	readonly #data: VaultData;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#written = '';

	constructor(form: RegistrationForm, data: VaultData) {
		this.#form = form;
		this.#data = data;
		const stored = data.get('draft', REGISTRATION_DRAFT_ID);
		if (stored && form.restore(stored.data)) this.#written = JSON.stringify(form.data);
	}

	/** Watches the form until the returned function is called. */
	watch(): () => void {
		return $effect.root(() => {
			$effect(() => {
				const snapshot = JSON.stringify(this.#form.data);
				void this.#form.dirty;
				clearTimeout(this.#timer);
				this.#timer = setTimeout(() => void this.flush(snapshot), SAVE_DELAY_MS);
			});
		});
	}

	/** Writes (or removes) the draft now; called before the vault locks. */
	async flush(snapshot = JSON.stringify(this.#form.data)): Promise<void> {
		clearTimeout(this.#timer);
		const next = this.#form.dirty ? snapshot : '';
		if (next === this.#written) return;
		const change: Change = this.#form.dirty
			? {
					op: 'put',
					kind: 'draft',
					record: {
						id: REGISTRATION_DRAFT_ID,
						savedAt: nowIso(),
						data: JSON.parse(snapshot)
					}
				}
			: { op: 'delete', kind: 'draft', id: REGISTRATION_DRAFT_ID };
		try {
			await this.#data.commit([change]);
			this.#written = next;
		} catch {
			// A draft that could not be written (disk full, another tab) is retried on the next change.
		}
	}
}
