import { z } from 'zod';
import { base64BytesSchema, fromBase64, toBase64, utf8 } from '$lib/crypto';
import { invitationFingerprint, newInvitationKeys } from '$lib/crypto/invitation-box';
import { newId } from '$lib/domain/common.schema';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import { periodSchema, type Period } from '$lib/report/period';
import { TeamBundleError } from './team-bundle-error';
import { parseJsonBytes } from './team-json';

/** The format name of a `.stekteamkey` invitation file. */
export const INVITATION_FORMAT = 'stekboek-team-invitation';
/** The file extension of a team invitation. */
export const INVITATION_EXTENSION = '.stekteamkey';
/** An invitation file is a few hundred bytes; larger ones are refused unread. */
export const MAX_INVITATION_BYTES = 16 * 1024;

/** What a `.stekteamkey` file holds: the public half only, with what the bundle must cover. */
export const invitationFileSchema = z.strictObject({
	format: z.literal(INVITATION_FORMAT),
	version: z.literal(2),
	publicKey: base64BytesSchema(32),
	period: periodSchema,
	label: z.string().min(1).max(200),
	created: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)
});

/** A parsed invitation file. */
export type InvitationFile = z.infer<typeof invitationFileSchema>;

/** A colleague's view of a loaded invitation: the file plus its fingerprint. */
export interface LoadedInvitation extends InvitationFile {
	fingerprint: string;
}

/**
 * Makes a new invitation for `period`: a fresh key pair, the record to keep in the vault
 * (with the private key) and the file to hand out (public key only).
 */
export async function makeInvitation(
	period: Period,
	label: string,
	now: Date = new Date()
): Promise<{ record: TeamInvitation; file: Uint8Array }> {
	const keys = await newInvitationKeys();
	const created = now.toISOString().slice(0, 7);
	const publicKey = toBase64(keys.publicKey);
	const fingerprint = await invitationFingerprint(keys.publicKey);
	const file: InvitationFile = {
		format: INVITATION_FORMAT,
		version: 2,
		publicKey,
		period,
		label,
		created
	};
	const record: TeamInvitation = {
		id: newId(),
		publicKey,
		privateKey: toBase64(keys.privateKey),
		period,
		label,
		created,
		fingerprint
	};
	return { record, file: utf8(JSON.stringify(file)) };
}

/** Reads a `.stekteamkey` file; throws `TeamBundleError('not-invitation')` for anything else. */
export async function readInvitation(bytes: Uint8Array): Promise<LoadedInvitation> {
	if (bytes.length > MAX_INVITATION_BYTES) throw new TeamBundleError('too-large');
	const parsed = invitationFileSchema.safeParse(parseJsonBytes(bytes));
	if (!parsed.success) throw new TeamBundleError('not-invitation');
	const fingerprint = await invitationFingerprint(fromBase64(parsed.data.publicKey));
	return { ...parsed.data, fingerprint };
}
