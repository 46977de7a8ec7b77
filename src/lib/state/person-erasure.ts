import type { Change } from '$lib/db/encrypted-repository';
import type { Contact } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { needsFollowUp } from './contact-follow-up';

/**
 * How a person's records go when the person is erased: `anonymise` keeps them for the
 * counts without anything that points at the person; `delete` removes them.
 */
export const erasureModes = ['anonymise', 'delete'] as const;
export type ErasureMode = (typeof erasureModes)[number];

/** The records an erasure looks at. */
export interface ErasureInput {
	contacts: readonly Contact[];
	sessions: readonly Session[];
	signals: readonly Signal[];
}

/** What happens to the person's open follow-ups when anonymising: closed, or kept nameless. */
export type FollowUpHandling = 'close' | 'keep';

/** A contact with nothing left that could point at a person: no person, no free text. */
function anonymised(contact: Contact, followUps: FollowUpHandling): Contact {
	return {
		...contact,
		personId: null,
		note: '',
		helpRequests: contact.helpRequests.map((request) => ({
			...request,
			description: '',
			status: followUps === 'close' && needsFollowUp(request) ? 'afgerond' : request.status
		}))
	};
}

/**
 * Plans the erasure of a person as one logical change (one commit). In both modes the
 * person leaves every session's attendees; when anonymising, the session's anonymous
 * headcount rises by one so its attendance stays right. Signal evidence that points at a
 * deleted help request is removed; evidence of anonymised requests stays. Open follow-ups
 * of an anonymised person are closed or kept (without a name), as the worker chose.
 */
export function planPersonErasure(
	personId: string,
	mode: ErasureMode,
	records: ErasureInput,
	followUps: FollowUpHandling = 'keep'
): Change[] {
	const changes: Change[] = [{ op: 'delete', kind: 'person', id: personId }];
	const theirs = records.contacts.filter((contact) => contact.personId === personId);
	for (const contact of theirs) {
		changes.push(
			mode === 'delete'
				? { op: 'delete', kind: 'contact', id: contact.id }
				: { op: 'put', kind: 'contact', record: anonymised(contact, followUps) }
		);
	}
	for (const session of records.sessions) {
		if (!session.attendeeIds.includes(personId)) continue;
		const attendeeIds = session.attendeeIds.filter((id) => id !== personId);
		const anonymousCount = session.anonymousCount + (mode === 'anonymise' ? 1 : 0);
		changes.push({
			op: 'put',
			kind: 'session',
			record: { ...session, attendeeIds, anonymousCount }
		});
	}
	if (mode === 'delete') {
		const deleted = new Set(theirs.map((contact) => contact.id));
		for (const signal of records.signals) {
			const evidence = signal.evidence.filter(
				(item) => item.kind !== 'helpRequest' || !deleted.has(item.contactId)
			);
			if (evidence.length === signal.evidence.length) continue;
			changes.push({ op: 'put', kind: 'signal', record: { ...signal, evidence } });
		}
	}
	return changes;
}

/** How many records an erasure touches, for the confirmation the worker reads first. */
export function erasureSummary(personId: string, records: ErasureInput) {
	const contacts = records.contacts.filter((contact) => contact.personId === personId);
	const contactIds = new Set(contacts.map((contact) => contact.id));
	return {
		contacts: contacts.length,
		helpRequests: contacts.reduce((sum, contact) => sum + contact.helpRequests.length, 0),
		sessions: records.sessions.filter((session) => session.attendeeIds.includes(personId)).length,
		followUps: contacts.reduce(
			(sum, contact) => sum + contact.helpRequests.filter(needsFollowUp).length,
			0
		),
		signals: records.signals.filter((signal) =>
			signal.evidence.some((item) => item.kind === 'helpRequest' && contactIds.has(item.contactId))
		).length
	};
}
