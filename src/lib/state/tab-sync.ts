/**
 * What one open tab of Stekboek tells the others: lock, or re-read these rows (opaque
 * row ids; the receiving tab decrypts them itself).
 */
export type TabMessage = { type: 'lock' } | { type: 'changed'; rows: string[] };

const CHANNEL = 'stekboek-tabs';

/**
 * Keeps open tabs of the app in step: locking one locks all, and a change written in one
 * makes the others re-read those rows. Carries row ids only, never record content, and
 * lives in memory only (BroadcastChannel).
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
