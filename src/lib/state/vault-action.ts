import { VaultError } from './vault-error';

/** What a write action gives back: done, or a VaultError the page shows as it is. */
export type ActionResult = { ok: true } | { ok: false; error: VaultError };

/**
 * The one error policy of every write action: a VaultError (storage full, changed in
 * another tab) keeps its specific message; anything else becomes the general "could not
 * be saved" message with its detail. Nothing is thrown past the page.
 */
export async function runAction(write: () => Promise<void>): Promise<ActionResult> {
	try {
		await write();
		return { ok: true };
	} catch (error) {
		if (error instanceof VaultError) return { ok: false, error };
		const detail = error instanceof Error ? error.message : String(error);
		return { ok: false, error: new VaultError('vault.error', { detail }) };
	}
}
