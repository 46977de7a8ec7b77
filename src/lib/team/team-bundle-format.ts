import { z } from 'zod';
import { base64BytesSchema } from '$lib/crypto';
import { exactReportSchema } from '$lib/report/exact-report.schema';
import { periodSchema } from '$lib/report/period';

/**
 * A `.stekteam` file (formats.md §5, version 2) is a small clear JSON envelope:
 *
 *   { "format": "stekboek-team", "version": 2, "invitation": "0412 9931 5077 2810 6643",
 *     "sealed": <base64url of crypto_box_seal to the invitation's public key> }
 *
 * The sealed content repeats the format, version and invitation fingerprint, so an envelope
 * whose clear fields were changed no longer matches what was sealed, and carries a random
 * source id so the same colleague's figures are never counted twice.
 */
export const TEAM_FORMAT = 'stekboek-team';
/** The version this app writes and reads; version 1 (team passphrase) is refused by name. */
export const TEAM_FORMAT_VERSION = 2;
/** The format name inside the sealed content. */
export const TEAM_CONTENT_FORMAT = 'stekboek-team-content';
/** The file extension of a team bundle. */
export const TEAM_EXTENSION = '.stekteam';
/** The MIME type of a download: our own format, so no app tries to open it as text. */
export const TEAM_MIME_TYPE = 'application/octet-stream';
/** A real bundle is a few kilobytes; anything above this is refused before it is parsed. */
export const MAX_TEAM_BUNDLE_BYTES = 4 * 1024 * 1024;

/** Five groups of four digits, as `invitationFingerprint` writes them. */
export const fingerprintSchema = z.string().regex(/^\d{4}( \d{4}){4}$/);

/** The clear envelope of a team bundle. */
export const teamEnvelopeSchema = z.strictObject({
	format: z.literal(TEAM_FORMAT),
	version: z.literal(TEAM_FORMAT_VERSION),
	invitation: fingerprintSchema,
	sealed: z.string().max(MAX_TEAM_BUNDLE_BYTES).pipe(base64BytesSchema())
});

/** No project period is longer than this many years; a longer list is refused unread. */
export const MAX_PROJECT_YEARS = 20;

/**
 * The sealed content: the envelope's names again, a source id and the exact figures; for a
 * project period (several whole years) also each year's exact figures in order, so the
 * merging worker can sum every year's column and not only the total.
 */
export const teamContentSchema = z.strictObject({
	format: z.literal(TEAM_CONTENT_FORMAT),
	version: z.literal(TEAM_FORMAT_VERSION),
	invitation: fingerprintSchema,
	period: periodSchema,
	source: base64BytesSchema(16),
	report: exactReportSchema,
	years: z.array(exactReportSchema).max(MAX_PROJECT_YEARS).optional()
});

/** The parsed envelope of a team bundle. */
export type TeamEnvelope = z.infer<typeof teamEnvelopeSchema>;
/** The parsed sealed content of a team bundle. */
export type TeamContent = z.infer<typeof teamContentSchema>;
