import { resolve } from '$app/paths';
import { newId } from '$lib/domain/common.schema';
import { recordHandles, type HandleKind, type HandleTargets } from './record-handles';

const handle = <K extends HandleKind>(kind: K, target: HandleTargets[K]) =>
	recordHandles.handleFor(kind, target);

/**
 * The one place that builds links to record pages. Each carries an opaque per-session
 * handle instead of the record id (see record-handles.ts), so the browser's history can
 * neither date a view of a person nor be matched against the database.
 */
export const recordLinks = {
	person: (id: string) => resolve('/personen/[id]', { id: handle('person', id) }),
	personAccess: (id: string) => resolve('/personen/[id]/gegevens', { id: handle('person', id) }),
	personErasure: (id: string) =>
		resolve('/personen/[id]/verwijderen', { id: handle('person', id) }),
	session: (id: string) => resolve('/activiteiten/bijeenkomst/[id]', { id: handle('session', id) }),
	/** A new session's screen; the session is stored with its first change, not before. */
	newSession: (activityId: string) =>
		resolve('/activiteiten/bijeenkomst/[id]', {
			id: handle('newSession', { activityId, sessionId: newId() })
		}),
	focusSession: (id: string) => resolve('/focusgroep/[id]', { id: handle('focusSession', id) }),
	outreach: (id: string) => resolve('/outreach/[id]', { id: handle('outreach', id) }),
	signal: (id: string) => resolve('/signalen/[id]', { id: handle('signal', id) }),
	linkRequest: (contactId: string, requestId: string) =>
		`${resolve('/signalen/koppel')}?${new URLSearchParams({ h: handle('helpRequest', { contactId, requestId }) })}`
};

/** The record a page's handle stands for, or null (unknown here: an old link or a reload). */
export function recordOf<K extends HandleKind>(
	kind: K,
	handleText: string | null | undefined
): HandleTargets[K] | null {
	return handleText ? recordHandles.targetOf(kind, handleText) : null;
}
