import type { Person } from '$lib/domain/person.schema';
import { planPersonMerge, type MergeChoice } from './person-merge';
import { planPersonErasure, type ErasureMode, type FollowUpHandling } from './person-erasure';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/** Stores a new or edited person. */
export function savePerson(data: VaultData, person: Person): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'put', kind: 'person', record: person }]));
}

/** Erases a person (anonymise or delete their records) in one transaction. */
export function erasePerson(
	data: VaultData,
	id: string,
	mode: ErasureMode,
	followUps: FollowUpHandling
): Promise<ActionResult> {
	const records = {
		contacts: data.list('contact'),
		sessions: data.list('session'),
		signals: data.list('signal')
	};
	return runAction(() => data.commit(planPersonErasure(id, mode, records, followUps)));
}

/** Merges `drop` into `keep` in one transaction: contacts and attendance move, drop goes. */
export function mergePersons(
	data: VaultData,
	keep: Person,
	drop: Person,
	choice: MergeChoice
): Promise<ActionResult> {
	const records = { contacts: data.list('contact'), sessions: data.list('session') };
	return runAction(() => data.commit(planPersonMerge(keep, drop, choice, records)));
}
