import type { z } from 'zod';
import type { TaxonomyList } from '$lib/domain/taxonomy.schema';
import {
	fileLists,
	MAX_ITEMS_PER_LIST,
	MAX_TAXONOMY_FILE_CHARS,
	TAXONOMY_FORMAT,
	TAXONOMY_VERSION,
	taxonomyFileItemSchema,
	type TaxonomyFile,
	type TaxonomyFileItem
} from './taxonomy-file.schema';
import { refuse, type TaxonomyOutcome } from './taxonomy-types';

/** A value from the file, short and printable, to quote in a message. */
export function quote(value: unknown): string {
	let text: string;
	try {
		text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	} catch {
		text = typeof value;
	}
	const printable = text.replace(/[\p{Cc}\p{Cf}]/gu, '?');
	return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns the first problem zod found in one item into a message that names it. */
function itemIssue(
	list: TaxonomyList,
	position: number,
	raw: unknown,
	issue: z.core.$ZodIssue | undefined
): TaxonomyOutcome<never> {
	const field = String(issue?.path[0] ?? '');
	const params = { list, position };
	if (!isRecord(raw)) return refuse('notAnItem', params);
	if (field === 'id') return refuse('invalidId', { ...params, id: quote(raw.id) });
	if (field === 'label' || field === 'labelEn') return refuse('invalidLabel', params);
	return refuse('wrongType', { ...params, field });
}

function readList(list: TaxonomyList, raw: unknown): TaxonomyOutcome<TaxonomyFileItem[]> {
	if (!Array.isArray(raw)) return refuse('notAList', { list });
	if (raw.length > MAX_ITEMS_PER_LIST)
		return refuse('tooManyItems', { list, max: MAX_ITEMS_PER_LIST });
	const items: TaxonomyFileItem[] = [];
	for (const [index, value] of raw.entries()) {
		const item = taxonomyFileItemSchema.safeParse(value);
		if (!item.success) return itemIssue(list, index + 1, value, item.error.issues[0]);
		items.push(item.data);
	}
	return { ok: true, value: items };
}

function readLists(raw: unknown): TaxonomyOutcome<TaxonomyFile['lists']> {
	if (!isRecord(raw)) return refuse('noLists');
	const lists: TaxonomyFile['lists'] = {};
	const seen = new Set<string>();
	for (const list of fileLists) {
		if (!Object.hasOwn(raw, list) || raw[list] === undefined) continue;
		const items = readList(list, raw[list]);
		if (!items.ok) return items;
		for (const item of items.value) {
			if (seen.has(item.id)) return refuse('duplicateId', { id: item.id });
			seen.add(item.id);
		}
		lists[list] = items.value;
	}
	return { ok: true, value: lists };
}

function read(text: string): TaxonomyOutcome<TaxonomyFile> {
	if (text.length > MAX_TAXONOMY_FILE_CHARS)
		return refuse('tooLarge', { max: MAX_TAXONOMY_FILE_CHARS });
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return refuse('notJson');
	}
	if (!isRecord(json) || json.format !== TAXONOMY_FORMAT)
		return refuse('wrongFormat', { found: isRecord(json) ? quote(json.format) : '' });
	if (json.version !== TAXONOMY_VERSION)
		return refuse('wrongVersion', { found: quote(json.version), supported: TAXONOMY_VERSION });
	const lists = readLists(json.lists);
	if (!lists.ok) return lists;
	return {
		ok: true,
		value: { format: TAXONOMY_FORMAT, version: TAXONOMY_VERSION, lists: lists.value }
	};
}

/**
 * Reads the text of a `stekboek-taxonomy` v1 file and checks all of it: size, JSON, format,
 * version, every item's fields, ids that are unique over the whole file. The first problem
 * found is returned, naming the list, the item's position and the field. Never throws.
 */
export function readTaxonomyFile(text: string): TaxonomyOutcome<TaxonomyFile> {
	try {
		if (typeof text !== 'string') return refuse('notJson');
		return read(text);
	} catch {
		return refuse('unexpected');
	}
}
