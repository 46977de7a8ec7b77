import { SvelteSet } from 'svelte/reactivity';

/**
 * Which forms hold input the worker has not saved yet. An app update waits while any
 * does, so an update never drops a half-typed registration.
 */
class UnsavedInput {
	readonly #forms = new SvelteSet<string>();

	get any(): boolean {
		return this.#forms.size > 0;
	}

	/** Marks form `id` as holding unsaved input, or not. */
	set(id: string, dirty: boolean): void {
		if (dirty) this.#forms.add(id);
		else this.#forms.delete(id);
	}
}

export const unsavedInput = new UnsavedInput();
