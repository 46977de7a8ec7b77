import type { Signal, SignalEvidence } from '$lib/domain/signal.schema';
import { attachEvidence, detachEvidence } from './signal-evidence';
import { runAction, type ActionResult } from './vault-action';
import type { VaultData } from './vault-data.svelte';
import { VaultError } from './vault-error';

/** Stores a new or edited signal (its linked help requests included). */
export function saveSignal(data: VaultData, signal: Signal): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'put', kind: 'signal', record: signal }]));
}

/** Removes a signal; the help requests it linked stay, only the link goes. */
export function deleteSignal(data: VaultData, id: string): Promise<ActionResult> {
	return runAction(() => data.commit([{ op: 'delete', kind: 'signal', id }]));
}

/** Writes `change` of the stored version of a signal; a deleted signal is said, not recreated. */
function updateSignal(
	data: VaultData,
	signalId: string,
	change: (signal: Signal) => Signal
): Promise<ActionResult> {
	return runAction(async () => {
		const signal = data.get('signal', signalId);
		if (!signal) throw new VaultError('signals.error.gone');
		await data.commit([{ op: 'put', kind: 'signal', record: change(signal) }]);
	});
}

/** Adds one piece of evidence to the stored version of a signal (a no-op if it is there). */
export function linkEvidence(data: VaultData, signalId: string, evidence: SignalEvidence) {
	return updateSignal(data, signalId, (signal) => attachEvidence(signal, evidence));
}

/** Removes one piece of evidence from the stored version of a signal. */
export function unlinkEvidence(data: VaultData, signalId: string, evidence: SignalEvidence) {
	return updateSignal(data, signalId, (signal) => detachEvidence(signal, evidence));
}
