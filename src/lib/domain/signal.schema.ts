import { z } from 'zod';
import { freeTextSchema, idSchema, isoDateSchema } from './common.schema';

export const signalStatuses = ['nieuw', 'geagendeerd', 'in opvolging', 'afgerond'] as const;

/** Evidence for a signal: a help request inside a contact, or a focus-group input. */
export const signalEvidenceSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('helpRequest'), contactId: idSchema, helpRequestId: idSchema }),
	z.object({ kind: z.literal('focusInput'), focusSessionId: idSchema, inputId: idSchema })
]);

/** A structural problem noticed across people, to be put on a forum's agenda. */
export const signalSchema = z.object({
	id: idSchema,
	title: z.string().trim().min(1).max(300),
	themeIds: z.array(idSchema),
	description: freeTextSchema,
	firstSeen: isoDateSchema,
	evidence: z.array(signalEvidenceSchema),
	forwardedTo: z.array(idSchema),
	status: z.enum(signalStatuses),
	outcome: freeTextSchema,
	/** The worker lets the title leave the device in the end report's signal register. */
	titlePublishable: z.boolean().optional(),
	/** The worker lets "what came of it" leave the device in the end report. */
	outcomePublishable: z.boolean().optional()
});

export type SignalStatus = (typeof signalStatuses)[number];
export type SignalEvidence = z.infer<typeof signalEvidenceSchema>;
export type Signal = z.infer<typeof signalSchema>;
