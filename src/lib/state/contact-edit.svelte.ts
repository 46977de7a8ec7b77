import { todayIso } from '$lib/domain/common.schema';
import type { Contact } from '$lib/domain/contact.schema';
import { planContactEdit } from './contact-deletion';
import { RegistrationForm } from './registration-form.svelte';
import { registrationFromContact } from './registration-state';
import type { VaultData } from './vault-data.svelte';

/**
 * A registration form that edits one stored contact: the same fields and checks as a new
 * registration, but saving replaces the contact (and drops signal links of help requests
 * the worker removed) in one transaction, and no draft or last-used place is touched.
 */
export function contactEditForm(data: VaultData, contact: Contact): RegistrationForm {
	const form = new RegistrationForm({
		defaultActivityId: () => contact.activityId,
		today: () => todayIso(),
		personExists: (id) => data.get('person', id) !== undefined,
		settings: () => data.settings,
		commit: (changes) => data.commit(changes),
		changesFor(records) {
			const before = data.get('contact', contact.id) ?? contact;
			const person = records.person
				? [{ op: 'put' as const, kind: 'person' as const, record: records.person }]
				: [];
			return [...person, ...planContactEdit(before, records.contact, data.list('signal'))];
		}
	});
	form.load(registrationFromContact(contact));
	return form;
}
