import { unsavedInput } from './unsaved-input.svelte';
import type { ActionResult } from './vault-action';
import type { VaultError } from './vault-error';

/**
 * One edit form's state: the draft, the snapshot it started from (the dirty flag compares
 * to it), the unsaved-input registration that holds back an app update, the saving state
 * and the error to show. `save` takes a write action, so errors follow the one policy.
 */
export class EditForm<T> {
	draft = $state() as T;
	saving = $state(false);
	error = $state<VaultError | string | null>(null);
	#snapshot = $state('');
	readonly #id: string;

	constructor(id: string, initial: T) {
		this.#id = id;
		this.draft = structuredClone(initial) as T;
		this.#snapshot = JSON.stringify(initial);
	}

	/** True while the draft differs from what was loaded or last saved. */
	dirty = $derived(JSON.stringify(this.draft) !== this.#snapshot);

	/** Registers the dirty flag with unsaved input; call once in the component's script. */
	track(): void {
		$effect(() => {
			unsavedInput.set(this.#id, this.dirty);
			return () => unsavedInput.set(this.#id, false);
		});
	}

	/**
	 * Writes `value` (the validated draft) through a write action and takes it as the new
	 * snapshot; true when done, else the action's error is shown.
	 */
	async save(value: T, write: () => Promise<ActionResult>): Promise<boolean> {
		if (this.saving) return false;
		this.saving = true;
		this.error = null;
		const result = await write();
		this.saving = false;
		if (!result.ok) {
			this.error = result.error;
			return false;
		}
		this.#snapshot = JSON.stringify(value);
		this.draft = $state.snapshot(value) as T;
		return true;
	}
}
