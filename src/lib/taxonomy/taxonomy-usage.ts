import type { Contact } from '$lib/domain/contact.schema';
import type { FocusInput } from '$lib/domain/focus.schema';
import type { OutreachRound } from '$lib/domain/outreach.schema';
import type { Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';

/** The records that can point at a taxonomy item. */
export interface TaxonomyReferrers {
	contacts: readonly Contact[];
	sessions: readonly Session[];
	outreach: readonly OutreachRound[];
	signals: readonly Signal[];
	persons: readonly Person[];
	focusInputs: readonly FocusInput[];
}

/**
 * How many records use each taxonomy item (a contact counts once per help request that
 * names it). An item with a count is in use and is never hard-deleted.
 */
export function countTaxonomyUses(records: TaxonomyReferrers): Map<string, number> {
	const uses = new Map<string, number>();
	const add = (id: string | null | undefined) => {
		if (id) uses.set(id, (uses.get(id) ?? 0) + 1);
	};
	for (const contact of records.contacts) {
		add(contact.activityId);
		for (const help of contact.helpRequests)
			[...help.themeIds, ...help.approachIds, ...help.referralIds].forEach(add);
	}
	for (const session of records.sessions) add(session.activityId);
	for (const round of records.outreach) [round.kindId, ...round.areaIds].forEach(add);
	for (const signal of records.signals) [...signal.themeIds, ...signal.forwardedTo].forEach(add);
	for (const person of records.persons) add(person.areaId);
	for (const input of records.focusInputs)
		for (const answer of input.answers) (answer.themeIds ?? []).forEach(add);
	return uses;
}
