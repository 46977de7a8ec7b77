import type { Contact } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';

/** What tells two persons with a like alias apart: when and where they were last seen. */
export interface PersonTraits {
	lastDate: string | null;
	lastActivityId: string | null;
}

/**
 * The last contact or session of every person, in one pass over the records, so that the
 * person list can show it beside each alias without a search per row.
 */
export function personTraits(
	contacts: readonly Contact[],
	sessions: readonly Session[]
): Map<string, PersonTraits> {
	const traits = new Map<string, PersonTraits>();
	const see = (personId: string, date: string, activityId: string) => {
		const known = traits.get(personId);
		if (!known || (known.lastDate ?? '') < date)
			traits.set(personId, { lastDate: date, lastActivityId: activityId });
	};
	for (const contact of contacts)
		if (contact.personId) see(contact.personId, contact.date, contact.activityId);
	for (const session of sessions)
		for (const id of session.attendeeIds) see(id, session.date, session.activityId);
	return traits;
}
