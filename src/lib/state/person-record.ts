import type { Person } from '$lib/domain/person.schema';
import { personHistory, type PersonHistory } from './contact-history';
import type { VaultData } from './vault-data.svelte';

/**
 * One person of the unlocked vault with everything stored about them (the person page and
 * the right-of-access view); null when there is no such person. Reactive inside $derived.
 */
export function personRecord(
	data: VaultData | null,
	id: string
): { person: Person; history: PersonHistory } | null {
	const person = data?.get('person', id);
	if (!data || !person) return null;
	const all = {
		contacts: data.list('contact'),
		sessions: data.list('session'),
		signals: data.list('signal')
	};
	return { person, history: personHistory(person, all) };
}
