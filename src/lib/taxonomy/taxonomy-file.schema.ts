import { z } from 'zod';
import { idSchema } from '$lib/domain/common.schema';
import { activityKinds, taxonomyLists, type TaxonomyList } from '$lib/domain/taxonomy.schema';

/** The `format` and `version` a taxonomy file carries (formats.md §6). */
export const TAXONOMY_FORMAT = 'stekboek-taxonomy';
export const TAXONOMY_VERSION = 1;

/** The name an exported file gets. */
export const TAXONOMY_FILE_NAME = 'stekboek-lijsten.json';

/** Bigger files are refused unread: the default lists are about 15 kB. */
export const MAX_TAXONOMY_FILE_CHARS = 1_000_000;

/** More items than this in one list is not a list a worker keeps, so it is refused. */
export const MAX_ITEMS_PER_LIST = 2_000;

/**
 * One item as a file holds it. `labelEn`, `order` and `activityKind` are optional so that a
 * file written by hand, or by an older export, with only `id`, `label` and `archived` reads.
 * An empty `labelEn` means "no English name".
 */
export const taxonomyFileItemSchema = z.object({
	id: idSchema,
	label: z.string().trim().min(1).max(200),
	archived: z.boolean(),
	labelEn: z
		.string()
		.trim()
		.max(200)
		.nullable()
		.transform((value) => (value === '' ? null : value))
		.optional(),
	order: z.number().int().min(0).max(100_000).optional(),
	activityKind: z.enum(activityKinds).nullable().optional()
});

export type TaxonomyFileItem = z.infer<typeof taxonomyFileItemSchema>;

/** A read, checked taxonomy file; a list the file leaves out is absent. */
export interface TaxonomyFile {
	format: typeof TAXONOMY_FORMAT;
	version: typeof TAXONOMY_VERSION;
	lists: Partial<Record<TaxonomyList, TaxonomyFileItem[]>>;
}

/** The lists in the order they appear in the file and on the page. */
export const fileLists: readonly TaxonomyList[] = taxonomyLists;
