import type { Contact, HelpRequest, HelpRequestStatus } from '$lib/domain/contact.schema';

/** One help request to follow up, with the contact it belongs to. */
export interface FollowUpItem {
	key: string;
	contact: Contact;
	request: HelpRequest;
	/** The follow-up date, or else the contact's date: the list is sorted on it. */
	dueDate: string;
}

/** A stable key for one help request, unique across contacts. */
export function followUpKey(contactId: string, requestId: string): string {
	return `${contactId}/${requestId}`;
}

/**
 * Whether a request still asks for the worker's attention: it is open or being followed
 * up, or it has a follow-up date and is not finished ("afgerond" means nothing is left).
 */
export function needsFollowUp(request: HelpRequest): boolean {
	if (request.status === 'open' || request.status === 'in opvolging') return true;
	return request.followUpDate !== null && request.status !== 'afgerond';
}

/**
 * The Op te volgen list, oldest first (follow-up date, else contact date). `keep` holds
 * keys of requests changed during this visit: they stay listed so a mis-tap can be undone.
 */
export function followUpItems(
	contacts: readonly Contact[],
	keep: ReadonlySet<string> = new Set()
): FollowUpItem[] {
	const items: FollowUpItem[] = [];
	for (const contact of contacts) {
		for (const request of contact.helpRequests) {
			const key = followUpKey(contact.id, request.id);
			if (!needsFollowUp(request) && !keep.has(key)) continue;
			items.push({ key, contact, request, dueDate: request.followUpDate ?? contact.date });
		}
	}
	return items.sort(
		(a, b) =>
			a.dueDate.localeCompare(b.dueDate) ||
			a.contact.date.localeCompare(b.contact.date) ||
			a.key.localeCompare(b.key)
	);
}

/** How many help requests are waiting in Op te volgen. */
export function countFollowUps(contacts: readonly Contact[]): number {
	return contacts.reduce(
		(sum, contact) => sum + contact.helpRequests.filter(needsFollowUp).length,
		0
	);
}

/** The contact with one help request's status changed; the rest stays as it was. */
export function withRequestStatus(
	contact: Contact,
	requestId: string,
	status: HelpRequestStatus
): Contact {
	return {
		...contact,
		helpRequests: contact.helpRequests.map((request) =>
			request.id === requestId ? { ...request, status } : request
		)
	};
}

/** What the worker noted at a follow-up: what was done, the next date, the status. */
export interface FollowUpNote {
	note: string;
	followUpDate: string | null;
	status: HelpRequestStatus;
	today: string;
}

/**
 * The contact with one help request followed up: the note is added under the request's
 * description with today's date (earlier notes stay), and the date and status are set.
 */
export function withFollowUp(contact: Contact, requestId: string, update: FollowUpNote): Contact {
	const note = update.note.trim();
	return {
		...contact,
		helpRequests: contact.helpRequests.map((request) =>
			request.id !== requestId
				? request
				: {
						...request,
						description: note
							? [request.description.trim(), `${update.today}: ${note}`]
									.filter((part) => part !== '')
									.join('\n')
							: request.description,
						followUpDate: update.followUpDate,
						status: update.status
					}
		)
	};
}
