import type { Change } from '$lib/db/encrypted-repository';
import type { FocusSession } from '$lib/domain/focus.schema';
import type { Session } from '$lib/domain/session.schema';
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

/** The activity a held focus group counts under in the report, when the list has it. */
export const FOCUS_ACTIVITY_ID = 'act-focusgroep';

/**
 * The session of the Focusgroep activity (or the activity the worker `chosen` at the start)
 * that stands for a focus-group meeting (same id): its date, and the headcount as anonymous
 * attendance, so the report's per-activity figures agree with its focus-group figures. An
 * activity the worker moved it to stays.
 */
export function focusActivitySession(
	focus: FocusSession,
	existing: Session | undefined,
	activityExists: (id: string) => boolean,
	chosen: string = FOCUS_ACTIVITY_ID
): Session | null {
	const activityId = existing?.activityId ?? chosen;
	if (!existing && !activityExists(activityId)) return null;
	return {
		id: focus.id,
		activityId,
		date: focus.date,
		attendeeIds: existing?.attendeeIds ?? [],
		anonymousCount: focus.headcount,
		note: existing?.note ?? ''
	};
}

/** The changes that store a focus-group session together with its activity session. */
export function focusSessionChanges(
	data: VaultData,
	focus: FocusSession,
	activityId?: string
): Change[] {
	const session = focusActivitySession(
		focus,
		data.get('session', focus.id),
		(id) => data.get('taxonomy', id)?.list === 'activities',
		activityId
	);
	const changes: Change[] = [{ op: 'put', kind: 'focusSession', record: focus }];
	if (session) changes.push({ op: 'put', kind: 'session', record: session });
	return changes;
}

/** Corrects the headcount of a held focus group (and its activity session's attendance). */
export function saveFocusHeadcount(
	data: VaultData,
	session: FocusSession,
	headcount: number
): Promise<ActionResult> {
	const current = data.get('focusSession', session.id) ?? session;
	return runAction(() => data.commit(focusSessionChanges(data, { ...current, headcount })));
}

/** Removes a saved focus-group template; sessions started from it keep their prompts. */
export function deleteFocusTemplate(data: VaultData, id: string): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'delete', kind: 'focusTemplate', id }]));
}
