import { z } from 'zod';
import { countSchema, freeTextSchema, idSchema, isoDateSchema } from './common.schema';
import { translationsSchema } from './participant-language';

export const promptKinds = ['open', 'themeVote', 'rating'] as const;

export const focusPromptSchema = z.object({
	id: idSchema,
	kind: z.enum(promptKinds),
	text: z.string().trim().min(1).max(500),
	translations: translationsSchema(500).optional(),
	/** The worker allows the text of this rating prompt in exports; otherwise it is "vraag 1". */
	publishable: z.boolean().optional()
});

/** A reusable set of prompts for a focus group or a visitor survey. */
export const focusTemplateSchema = z.object({
	id: idSchema,
	title: z.string().trim().min(1).max(200),
	titleTranslations: translationsSchema(200).optional(),
	prompts: z.array(focusPromptSchema).min(1).max(20)
});

/** A focus-group meeting; its inputs are stored apart, sealed, in no telling order. */
export const focusSessionSchema = z.object({
	id: idSchema,
	date: isoDateSchema,
	title: z.string().trim().min(1).max(200),
	titleTranslations: translationsSchema(200).optional(),
	prompts: z.array(focusPromptSchema).min(1).max(20),
	headcount: countSchema
});

/** One answer to one prompt: free text, chosen themes, or a rating of 1 to 5. */
export const focusAnswerSchema = z.object({
	promptId: idSchema,
	text: freeTextSchema.optional(),
	themeIds: z.array(idSchema).optional(),
	rating: z.number().int().min(1).max(5).optional()
});

/** One participant's input: no participant id and no time finer than the session date. */
export const focusInputSchema = z.object({
	id: idSchema,
	focusSessionId: idSchema,
	answers: z.array(focusAnswerSchema).max(20)
});

export type PromptKind = (typeof promptKinds)[number];
export type FocusPrompt = z.infer<typeof focusPromptSchema>;
export type FocusTemplate = z.infer<typeof focusTemplateSchema>;
export type FocusSession = z.infer<typeof focusSessionSchema>;
export type FocusAnswer = z.infer<typeof focusAnswerSchema>;
export type FocusInput = z.infer<typeof focusInputSchema>;
