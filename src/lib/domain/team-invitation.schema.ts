import { z } from 'zod';
import { base64BytesSchema } from '$lib/crypto/bytes';
import { periodSchema } from '$lib/report/period';
import { idSchema } from './common.schema';

/**
 * A team invitation this vault made (formats.md §5): its own X25519 key pair, whose private
 * half opens the colleagues' bundles, so it is kept only here, encrypted like every record.
 */
export const teamInvitationSchema = z.object({
	id: idSchema,
	publicKey: base64BytesSchema(32),
	privateKey: base64BytesSchema(32),
	period: periodSchema,
	label: z.string().min(1).max(200),
	created: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
	fingerprint: z.string().regex(/^\d{4}( \d{4}){4}$/)
});

/** A stored team invitation with its private key. */
export type TeamInvitation = z.infer<typeof teamInvitationSchema>;
