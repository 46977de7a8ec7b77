import { z } from 'zod';
import { countSchema, freeTextSchema, idSchema, isoDateSchema } from './common.schema';

/** One meeting of a group activity: who came, and how many more came unregistered. */
export const sessionSchema = z.object({
	id: idSchema,
	activityId: idSchema,
	date: isoDateSchema,
	attendeeIds: z.array(idSchema),
	anonymousCount: countSchema,
	note: freeTextSchema
});

export type Session = z.infer<typeof sessionSchema>;
