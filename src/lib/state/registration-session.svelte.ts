import { todayIso } from '$lib/domain/common.schema';
import { REGISTRATION_DRAFT_ID, RegistrationDraft } from './registration-draft.svelte';
import { RegistrationForm, type RegistrationStore } from './registration-form.svelte';
import { vault } from './vault-session.svelte';

/** The registration form reads its defaults from, and writes to, the unlocked vault. */
const vaultStore: RegistrationStore = {
	defaultActivityId() {
		const id = vault.data?.settings.lastActivityId;
		const item = id ? vault.data?.get('taxonomy', id) : undefined;
		return item && item.list === 'activities' && !item.archived ? item.id : null;
	},
	today: () => todayIso(),
	personExists: (id) => vault.data?.get('person', id) !== undefined,
	settings() {
		if (!vault.data) throw new Error('locked');
		return vault.data.settings;
	},
	async commit(changes) {
		if (!vault.data) throw new Error('locked');
		// The saved contact and the end of its draft are one change: no reload in between
		// can bring the draft back and have the contact registered twice.
		await vault.data.commit([
			...changes,
			{ op: 'delete', kind: 'draft', id: REGISTRATION_DRAFT_ID }
		]);
	}
};

let form: RegistrationForm | null = null;

/**
 * The one registration form of this unlocked session. It outlives the page, so a worker
 * who looks something up under Personen comes back to the input they left; its input is
 * kept as an encrypted draft, so a reload or auto-lock loses nothing either.
 */
export function registrationForm(): RegistrationForm {
	if (form) return form;
	// Created in its own root, not in the page that first asks: a derived owned by that
	// page would go stale once the worker navigates away, and the draft would stop saving.
	let created!: RegistrationForm;
	$effect.root(() => {
		created = new RegistrationForm(vaultStore);
	});
	form = created;
	if (vault.data) {
		const draft = new RegistrationDraft(form, vault.data);
		draft.watch();
		vault.beforeLock(() => draft.flush());
	}
	return form;
}
