import type { Contact } from '$lib/domain/contact.schema';
import { withFollowUp, type FollowUpNote } from './contact-follow-up';
import { planContactDeletion, planContactEdit, planHelpRequestDeletion } from './contact-deletion';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/** Stores an edited contact, dropping signal links of help requests the edit removed. */
export function saveContact(data: VaultData, contact: Contact): Promise<ActionResult> {
	const before = data.get('contact', contact.id);
	return runAction(() =>
		data.commit(
			before
				? planContactEdit(before, contact, data.list('signal'))
				: [{ op: 'put', kind: 'contact', record: contact }]
		)
	);
}

/** Removes a contact with its help requests and their signal links, in one transaction. */
export function deleteContact(data: VaultData, contact: Contact): Promise<ActionResult> {
	return runAction(() => data.commit(planContactDeletion(contact, data.list('signal'))));
}

/** Removes one help request of a contact and its signal links, in one transaction. */
export function deleteHelpRequest(
	data: VaultData,
	contact: Contact,
	requestId: string
): Promise<ActionResult> {
	return runAction(() =>
		data.commit(planHelpRequestDeletion(contact, requestId, data.list('signal')))
	);
}

/** Stores a follow-up of one help request: the note, the next date and the status. */
export function followUp(
	data: VaultData,
	contact: Contact,
	requestId: string,
	update: FollowUpNote
): Promise<ActionResult> {
	const record = withFollowUp(contact, requestId, update);
	return runAction(() => data.commit([{ op: 'put', kind: 'contact', record }]));
}
