import type { Change } from '$lib/db/encrypted-repository';
import type { Contact } from '$lib/domain/contact.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { needsFollowUp } from './contact-follow-up';

/** What else changes when a contact or one of its help requests goes. */
export interface DeletionEffects {
	/** Signals that lose a linked help request. */
	signals: Signal[];
	/** Help requests still waiting in Op te volgen that go with it. */
	followUps: number;
}

const linked = (signal: Signal, contactId: string, requestIds: ReadonlySet<string>) =>
	signal.evidence.some(
		(item) =>
			item.kind === 'helpRequest' &&
			item.contactId === contactId &&
			requestIds.has(item.helpRequestId)
	);

/** The signals a removal touches and the open follow-ups it closes, for the question first. */
export function deletionEffects(
	contact: Contact,
	requestIds: readonly string[],
	signals: readonly Signal[]
): DeletionEffects {
	const ids = new Set(requestIds);
	return {
		signals: signals.filter((signal) => linked(signal, contact.id, ids)),
		followUps: contact.helpRequests.filter(
			(request) => ids.has(request.id) && needsFollowUp(request)
		).length
	};
}

/** Signals without the evidence of the removed help requests of `contactId`. */
function unlinked(contactId: string, requestIds: ReadonlySet<string>, signals: readonly Signal[]) {
	return signals
		.filter((signal) => linked(signal, contactId, requestIds))
		.map((signal): Change => ({
			op: 'put',
			kind: 'signal',
			record: {
				...signal,
				evidence: signal.evidence.filter(
					(item) =>
						item.kind !== 'helpRequest' ||
						item.contactId !== contactId ||
						!requestIds.has(item.helpRequestId)
				)
			}
		}));
}

/** One transaction that removes a contact and every signal link to its help requests. */
export function planContactDeletion(contact: Contact, signals: readonly Signal[]): Change[] {
	const ids = new Set(contact.helpRequests.map((request) => request.id));
	return [{ op: 'delete', kind: 'contact', id: contact.id }, ...unlinked(contact.id, ids, signals)];
}

/** One transaction that removes one help request and its signal links; the contact stays. */
export function planHelpRequestDeletion(
	contact: Contact,
	requestId: string,
	signals: readonly Signal[]
): Change[] {
	const record = {
		...contact,
		helpRequests: contact.helpRequests.filter((request) => request.id !== requestId)
	};
	return [
		{ op: 'put', kind: 'contact', record },
		...unlinked(contact.id, new Set([requestId]), signals)
	];
}

/**
 * One transaction for an edited contact: the contact, and the signal links of help
 * requests the edit removed (a link to a request that no longer exists is never kept).
 */
export function planContactEdit(
	before: Contact,
	after: Contact,
	signals: readonly Signal[]
): Change[] {
	const kept = new Set(after.helpRequests.map((request) => request.id));
	const removed = new Set(before.helpRequests.map((r) => r.id).filter((id) => !kept.has(id)));
	return [{ op: 'put', kind: 'contact', record: after }, ...unlinked(before.id, removed, signals)];
}
