import type { Change } from '$lib/db/encrypted-repository';
import type { FocusSession } from '$lib/domain/focus.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';

/**
 * One transaction that removes a focus-group session, its inputs and every signal link to
 * them, and the session record of its activity when one was held for it (same id).
 */
export function planFocusDeletion(
	session: FocusSession,
	inputIds: readonly string[],
	signals: readonly Signal[],
	hasActivitySession: boolean
): Change[] {
	const changes: Change[] = [{ op: 'delete', kind: 'focusSession', id: session.id }];
	for (const id of inputIds) changes.push({ op: 'delete', kind: 'focusInput', id });
	if (hasActivitySession) changes.push({ op: 'delete', kind: 'session', id: session.id });
	for (const signal of signals) {
		const evidence = signal.evidence.filter(
			(item) => item.kind !== 'focusInput' || item.focusSessionId !== session.id
		);
		if (evidence.length !== signal.evidence.length)
			changes.push({ op: 'put', kind: 'signal', record: { ...signal, evidence } });
	}
	return changes;
}

/** Removes a focus-group session with everything that belongs to it. */
export function deleteFocusSession(data: VaultData, session: FocusSession): Promise<ActionResult> {
	const inputs = data.list('focusInput').filter((input) => input.focusSessionId === session.id);
	const changes = planFocusDeletion(
		session,
		inputs.map((input) => input.id),
		data.list('signal'),
		data.get('session', session.id) !== undefined
	);
	return runAction(() => data.commit(changes));
}
