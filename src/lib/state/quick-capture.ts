import { loadSodium, vaultHeaderSchema, vaultPublicKey } from '$lib/crypto';
import type { StekboekDatabase } from '$lib/db/database';
import { readVaultRow } from '$lib/db/vault-store';
import { newId } from '$lib/domain/common.schema';
import { sealEntry, type QuickCapture } from '$lib/kiosk/sealed-entry';
import { emptyHelpRequest, emptyRegistration, type RegistrationState } from './registration-state';

/** What the worker notes on the lock screen. */
export interface QuickCaptureFields {
	activityId: string | null;
	themeId: string | null;
	note: string;
}

/**
 * Seals a quick capture to the vault's public key and stores it, with the vault locked:
 * only the clear header is read, and nothing written here can be read back before unlock.
 */
export async function saveQuickCapture(
	db: StekboekDatabase,
	fields: QuickCaptureFields,
	date: string
): Promise<void> {
	const header = vaultHeaderSchema.parse((await readVaultRow(db))?.header);
	await loadSodium();
	const capture: QuickCapture = { id: newId(), date, ...fields, note: fields.note.trim() };
	await db.sealed.put(
		sealEntry(vaultPublicKey(header), { format: 1, kind: 'quickCapture', capture })
	);
}

/** True when there is something worth sealing. */
export function hasContent(fields: QuickCaptureFields): boolean {
	return fields.activityId !== null || fields.themeId !== null || fields.note.trim() !== '';
}

/**
 * The registration form, prefilled from a capture: its day, place and note, and a help
 * request with its theme. The contact gets the capture's id, so once it is saved the
 * capture is known to be completed.
 */
export function registrationFromCapture(capture: QuickCapture): RegistrationState {
	const state = emptyRegistration(capture.activityId, capture.date);
	return {
		...state,
		contactId: capture.id,
		note: capture.note,
		helpRequests: capture.themeId ? [{ ...emptyHelpRequest(), themeIds: [capture.themeId] }] : []
	};
}
