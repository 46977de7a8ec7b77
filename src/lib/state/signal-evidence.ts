import { newId, type IsoDate } from '$lib/domain/common.schema';
import type { Contact, HelpRequest } from '$lib/domain/contact.schema';
import type { Signal, SignalEvidence } from '$lib/domain/signal.schema';

/** Evidence pointing at one help request inside a contact. */
export function helpRequestEvidence(contactId: string, helpRequestId: string): SignalEvidence {
	return { kind: 'helpRequest', contactId, helpRequestId };
}

/** A stable key per piece of evidence, so the same request is never counted twice. */
export function evidenceKey(evidence: SignalEvidence): string {
	return evidence.kind === 'helpRequest'
		? `helpRequest:${evidence.contactId}:${evidence.helpRequestId}`
		: `focusInput:${evidence.focusSessionId}:${evidence.inputId}`;
}

/** The list without repeats, first occurrence kept, order kept. */
export function dedupeEvidence(list: readonly SignalEvidence[]): SignalEvidence[] {
	const seen = new Set<string>();
	return list.filter((evidence) => {
		const key = evidenceKey(evidence);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** How many distinct pieces of evidence a signal has. */
export function evidenceCount(signal: Signal): number {
	return dedupeEvidence(signal.evidence).length;
}

/** Whether the signal already holds this evidence. */
export function hasEvidence(signal: Signal, evidence: SignalEvidence): boolean {
	const key = evidenceKey(evidence);
	return signal.evidence.some((item) => evidenceKey(item) === key);
}

/** The signal with the evidence added once (attaching twice changes nothing). */
export function attachEvidence(signal: Signal, evidence: SignalEvidence): Signal {
	return { ...signal, evidence: dedupeEvidence([...signal.evidence, evidence]) };
}

/** The signal without this evidence (every copy of it). */
export function detachEvidence(signal: Signal, evidence: SignalEvidence): Signal {
	const key = evidenceKey(evidence);
	return { ...signal, evidence: signal.evidence.filter((item) => evidenceKey(item) !== key) };
}

/** A new signal opened from a help request: its themes, seen first today, status nieuw. */
export function signalFromHelpRequest(
	contactId: string,
	request: HelpRequest,
	today: IsoDate,
	id: string = newId()
): Signal {
	return {
		id,
		title: '',
		themeIds: [...request.themeIds],
		description: '',
		firstSeen: today,
		evidence: [helpRequestEvidence(contactId, request.id)],
		forwardedTo: [],
		status: 'nieuw',
		outcome: ''
	};
}

/** An empty signal for the "Nieuw signaal" form. */
export function emptySignal(today: IsoDate, id: string = newId()): Signal {
	return {
		id,
		title: '',
		themeIds: [],
		description: '',
		firstSeen: today,
		evidence: [],
		forwardedTo: [],
		status: 'nieuw',
		outcome: ''
	};
}

/** A help request with the contact it belongs to. */
export interface FoundRequest {
	contact: Contact;
	request: HelpRequest;
}

/** Finds a help request by contact id and request id; null when either is gone. */
export function findHelpRequest(
	contactOf: (id: string) => Contact | undefined,
	contactId: string,
	helpRequestId: string
): FoundRequest | null {
	const contact = contactOf(contactId);
	const request = contact?.helpRequests.find((item) => item.id === helpRequestId);
	return contact && request ? { contact, request } : null;
}

/** Signals newest first by the day they were first seen; finished ones last. */
export function signalsForList(signals: readonly Signal[]): Signal[] {
	return [...signals].sort(
		(a, b) =>
			Number(a.status === 'afgerond') - Number(b.status === 'afgerond') ||
			b.firstSeen.localeCompare(a.firstSeen) ||
			a.title.localeCompare(b.title, 'nl')
	);
}

/** Signals newest first, for choosing one to attach evidence to. */
export function signalsNewestFirst(signals: readonly Signal[]): Signal[] {
	return [...signals].sort(
		(a, b) => b.firstSeen.localeCompare(a.firstSeen) || a.title.localeCompare(b.title, 'nl')
	);
}

/** Help requests marked as signal that no signal holds yet, newest contact first. */
export function unlinkedSignalRequests(
	contacts: readonly Contact[],
	signals: readonly Signal[]
): FoundRequest[] {
	const linked = new Set(signals.flatMap((signal) => signal.evidence.map(evidenceKey)));
	return contacts
		.flatMap((contact) =>
			contact.helpRequests
				.filter(
					(request) =>
						request.isSignal &&
						!linked.has(evidenceKey(helpRequestEvidence(contact.id, request.id)))
				)
				.map((request) => ({ contact, request }))
		)
		.sort((a, b) => b.contact.date.localeCompare(a.contact.date));
}
