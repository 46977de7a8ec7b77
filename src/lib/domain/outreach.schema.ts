import { z } from 'zod';
import { countSchema, freeTextSchema, idSchema, isoDateSchema } from './common.schema';

/** An outreach round: door-to-door visits, flyering, soup visits. */
export const outreachSchema = z.object({
	id: idSchema,
	date: isoDateSchema,
	kindId: idSchema,
	areaIds: z.array(idSchema),
	addressesVisited: countSchema,
	conversations: countSchema,
	newPeopleReached: countSchema,
	materials: z.array(z.object({ label: z.string().trim().min(1).max(200), count: countSchema })),
	note: freeTextSchema
});

export type OutreachRound = z.infer<typeof outreachSchema>;
