import type { Change } from '$lib/db/encrypted-repository';
import { generateDemoData, type DemoData } from '$lib/demo/demo-data';
import type { Draft } from '$lib/domain/draft.schema';
import type { RecordKind, RecordOf } from '$lib/domain/record-kinds';
import type { VaultData } from './vault-data.svelte';
import { vault } from './vault-session.svelte';

/**
 * The passphrase of a demo vault, shown on screen: the data is made up, and a worker who
 * locks the demo must be able to open it again without having chosen anything.
 */
export const DEMO_PASSPHRASE = 'voorbeeld voorbeeld';

/**
 * The id of the record that marks a vault as a demo. It is a draft record because the
 * settings schema is fixed; no form restores a draft of this id, and wiping the vault
 * removes it with everything else.
 */
export const DEMO_MARKER_ID = 'demo-vault';

/** The marker record: encrypted like every record, so the lock screen cannot tell. */
export function demoMarker(now: Date): Draft {
	return { id: DEMO_MARKER_ID, savedAt: now.toISOString(), data: { demo: true } };
}

/**
 * Every demo record as one change, plus the marker. The taxonomy is left out: a new vault
 * already holds the default lists, whose stable ids the generator uses.
 */
export function demoChanges(data: DemoData, now: Date): Change[] {
	// The cast only joins kind and record, which RecordOf<K> already ties together.
	const put = <K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]) =>
		records.map((record) => ({ op: 'put', kind, record }) as Change);
	return [
		...put('person', data.persons),
		...put('contact', data.contacts),
		...put('session', data.sessions),
		...put('outreach', data.outreach),
		...put('signal', data.signals),
		...put('focusSession', data.focusSessions),
		...put('focusInput', data.focusInputs),
		{ op: 'put', kind: 'draft', record: demoMarker(now) }
	];
}

/** Whether the open vault is a demo vault (it holds the marker record). */
export function isDemoVault(data: Pick<VaultData, 'get'>): boolean {
	return data.get('draft', DEMO_MARKER_ID) !== undefined;
}

/**
 * Creates a vault under the demo passphrase and fills it with the seeded demo data in one
 * transaction (the default data: three years from 2021 of about 200 contacts each).
 * The data is generated first, so a failure there leaves no vault behind.
 */
export async function createDemoVault(now: Date = new Date()): Promise<void> {
	await vault.create(DEMO_PASSPHRASE, demoChanges(generateDemoData(), now));
}
