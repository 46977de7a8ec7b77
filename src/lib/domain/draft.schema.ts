import { z } from 'zod';
import { idSchema } from './common.schema';

/**
 * Unsaved form input kept encrypted so a reload, auto-lock or killed tab loses nothing.
 * The form that owns a draft validates `data` itself when it restores it.
 */
export const draftSchema = z.object({
	id: idSchema,
	savedAt: z.string(),
	data: z.json()
});

export type Draft = z.infer<typeof draftSchema>;
