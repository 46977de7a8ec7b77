import { importSealed, type InboxResult } from '$lib/kiosk/sealed-inbox';
import { vault } from './vault-session.svelte';

/**
 * Takes in what was sealed while the vault was locked (focus-group inputs, quick
 * captures), once per unlock and on demand. Runs are never concurrent within a tab; two
 * tabs racing write the same records under the same ids, so nothing doubles.
 */
class KioskInbox {
	/** What the last run that found anything took in, for a notice. */
	last = $state<InboxResult | null>(null);
	failed = $state(false);
	#running: Promise<InboxResult | null> | null = null;

	run(): Promise<InboxResult | null> {
		this.#running ??= this.#run().finally(() => (this.#running = null));
		return this.#running;
	}

	async #run(): Promise<InboxResult | null> {
		const data = vault.data;
		if (!data) return null;
		const db = vault.db;
		try {
			const result = await importSealed(data.keys, {
				sealedRows: () => db.sealed.toArray(),
				deleteSealed: async (ids) => db.sealed.bulkDelete([...ids]),
				has: (kind, id) => data.get(kind, id) !== undefined,
				commit: (changes) => data.commit(changes)
			});
			// A second run that finds nothing keeps the first run's notice.
			if (result.focusInputs + result.quickCaptures + result.unreadable > 0) this.last = result;
			this.failed = false;
		} catch {
			this.failed = true;
		}
		return this.last;
	}
}

export const kioskInbox = new KioskInbox();
