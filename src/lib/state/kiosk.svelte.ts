import { focusSessionChanges } from './focus-actions';
import type { Change } from '$lib/db/encrypted-repository';
import { readVaultRow } from '$lib/db/vault-store';
import type { FocusSession, FocusTemplate } from '$lib/domain/focus.schema';
import {
	browserStorage,
	KIOSK_STORAGE_KEY,
	kioskConfigFor,
	standardPromptText
} from '$lib/kiosk/kiosk-config';
import { kioskThemes } from '$lib/kiosk/kiosk-themes';
import { kioskInbox } from './kiosk-inbox.svelte';
import { KioskState } from './kiosk-state.svelte';
import { vault, VaultError } from './vault-session.svelte';

/** This device's kiosk. Read synchronously at start, so a reload never shows the app first. */
export const kiosk = new KioskState({
	storage: browserStorage(),
	readHeader: async () => (await readVaultRow(vault.db))?.header,
	putSealed: async (row) => {
		await vault.db.sealed.put(row);
	}
});

// Another tab of the app ended the kiosk or counted a participant: follow it.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
	if (event.key === KIOSK_STORAGE_KEY || event.key === null) kiosk.reread();
});

/**
 * `Start focusgroep`: saves the session (and template) in one commit while unlocked, turns
 * kiosk mode on, then locks: the keys are zeroed and the page reloads into the kiosk, which
 * from then on holds only the public key.
 */
export async function startKiosk(
	session: FocusSession,
	template: FocusTemplate | null
): Promise<void> {
	const data = vault.data;
	if (!data) return;
	const changes: Change[] = focusSessionChanges(data, session);
	if (template) changes.push({ op: 'put', kind: 'focusTemplate', record: template });
	await data.commit(changes);
	try {
		const themes = kioskThemes(data.taxonomy);
		kiosk.begin(kioskConfigFor(session, themes, standardPromptText(), data.keys.publicKey));
	} catch {
		throw new VaultError('focus.error.start');
	}
	vault.lock();
}

/**
 * `Afsluiten`: unlocks with the worker's passphrase (a wrong one throws and the kiosk
 * stays), takes in the sealed inputs and saves the headcount on the session. Returns the
 * session id; the caller opens its results and then calls `kiosk.end()`, so the app never
 * shows the address a participant may have typed.
 */
export async function leaveKiosk(passphrase: string): Promise<string | null> {
	const config = kiosk.config;
	if (!config) return null;
	// A retry after a failed step below must not derive the keys a second time.
	// Participants may try the exit: their guesses slow it down but never wipe the tablet.
	if (vault.status !== 'unlocked') await vault.unlock(passphrase, { allowWipe: false });
	const data = vault.data;
	if (!data) return null;
	await kioskInbox.run();
	const session = data.get('focusSession', config.sessionId);
	if (session && session.headcount !== config.headcount) {
		try {
			await data.commit(focusSessionChanges(data, { ...session, headcount: config.headcount }));
		} catch {
			// The results page lets the worker correct the headcount by hand.
		}
	}
	return config.sessionId;
}
