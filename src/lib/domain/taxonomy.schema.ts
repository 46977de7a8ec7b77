import { z } from 'zod';
import { idSchema } from './common.schema';

/** The editable lists; every one is seeded from taxonomy-defaults and shared as JSON. */
export const taxonomyLists = [
	'activities',
	'themes',
	'approaches',
	'referrals',
	'forums',
	'outreachKinds',
	'areas'
] as const;

export type TaxonomyList = (typeof taxonomyLists)[number];

/** Group activities have sessions; individual settings only have contacts. */
export const activityKinds = ['group', 'individual'] as const;

/**
 * One item of a list. Archived items stay on old records and leave the pickers; an item
 * in use is never hard-deleted. `labelEn` is the English name of the same item.
 */
export const taxonomyItemSchema = z.object({
	id: idSchema,
	list: z.enum(taxonomyLists),
	label: z.string().trim().min(1).max(200),
	labelEn: z.string().trim().min(1).max(200).nullable(),
	archived: z.boolean(),
	order: z.number().int().min(0).max(100_000),
	activityKind: z.enum(activityKinds).nullable()
});

export type TaxonomyItem = z.infer<typeof taxonomyItemSchema>;
export type ActivityKind = (typeof activityKinds)[number];

/** The label a worker sees, in the app's language. */
export function labelOf(item: TaxonomyItem, language: string): string {
	return language === 'en' && item.labelEn ? item.labelEn : item.label;
}
