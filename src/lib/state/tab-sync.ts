import type { RecordKey } from '$lib/db/encrypted-repository';

/** What one open tab of Stekboek tells the others. */
export type TabMessage = { type: 'lock' } | { type: 'changed'; keys: RecordKey[] };

const CHANNEL = 'stekboek-tabs';

/**
 * Keeps open tabs of the app in step: locking one locks all, and a change written in one
 * makes the others re-read those records. Carries ids only, never record content.
 */
export class TabSync {
	readonly #channel: BroadcastChannel | null =
		typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

	post(message: TabMessage): void {
		this.#channel?.postMessage(message);
	}

	listen(handler: (message: TabMessage) => void): void {
		this.#channel?.addEventListener('message', (event: MessageEvent<TabMessage>) =>
			handler(event.data)
		);
	}
}

export const tabSync = new TabSync();
