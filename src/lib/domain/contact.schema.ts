import { z } from 'zod';
import { freeTextSchema, idSchema, isoDateSchema } from './common.schema';

export const stekFunctions = ['ontmoeten', 'leren', 'verwijzen', 'politiseren'] as const;
export const helpRequestStatuses = ['open', 'in opvolging', 'afgerond', 'doorverwezen'] as const;

/** One row of the seed's registration table: a question for help inside a contact. */
export const helpRequestSchema = z.object({
	id: idSchema,
	themeIds: z.array(idSchema).min(1),
	approachIds: z.array(idSchema).min(1),
	referralIds: z.array(idSchema),
	description: freeTextSchema,
	status: z.enum(helpRequestStatuses),
	followUpDate: isoDateSchema.nullable(),
	isSignal: z.boolean()
});

/** One encounter with one person, or with an anonymous person (`personId` null). */
export const contactSchema = z.object({
	id: idSchema,
	date: isoDateSchema,
	personId: idSchema.nullable(),
	activityId: idSchema,
	function: z.enum(stekFunctions).nullable(),
	note: freeTextSchema,
	helpRequests: z.array(helpRequestSchema).max(50)
});

export type StekFunction = (typeof stekFunctions)[number];
export type HelpRequestStatus = (typeof helpRequestStatuses)[number];
export type HelpRequest = z.infer<typeof helpRequestSchema>;
export type Contact = z.infer<typeof contactSchema>;
