import { todayIso } from '$lib/domain/common.schema';
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
		await vault.data.commit(changes);
	}
};

let form: RegistrationForm | null = null;

/**
 * The one registration form of this unlocked session. It outlives the page, so a worker
 * who looks something up under Personen comes back to the input they left; locking
 * reloads the app and forgets it.
 */
export function registrationForm(): RegistrationForm {
	form ??= new RegistrationForm(vaultStore);
	return form;
}
