import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { exportTaxonomy, taxonomyFileText } from './export-taxonomy';
import { readTaxonomyFile } from './read-taxonomy-file';

const file = (lists: unknown, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ format: 'stekboek-taxonomy', version: 1, lists, ...extra });

const codeOf = (text: string) => {
	const result = readTaxonomyFile(text);
	return result.ok ? null : result.errors[0];
};

describe('readTaxonomyFile', () => {
	it('reads back what the export writes, every field kept', () => {
		const items = defaultTaxonomy();
		const result = readTaxonomyFile(taxonomyFileText(items));
		expect(result.ok && result.value).toEqual(exportTaxonomy(items));
	});

	it('accepts a file with only id, label and archived per item, and only some lists', () => {
		const result = readTaxonomyFile(
			`\uFEFF${file({ themes: [{ id: 'theme-pensioen', label: ' Pensioen ', archived: false }] })}`
		);
		expect(result).toEqual({
			ok: true,
			value: {
				format: 'stekboek-taxonomy',
				version: 1,
				lists: { themes: [{ id: 'theme-pensioen', label: 'Pensioen', archived: false }] }
			}
		});
	});

	it('treats an empty English label as none', () => {
		const result = readTaxonomyFile(
			file({ areas: [{ id: 'area-x1', label: 'Wijk', archived: false, labelEn: '' }] })
		);
		expect(result.ok && result.value.lists.areas?.[0]?.labelEn).toBeNull();
	});

	it('refuses text that is not JSON', () => {
		expect(codeOf('{"format": "stekboek-taxonomy",')).toEqual({ code: 'notJson', params: {} });
		expect(codeOf('')).toEqual({ code: 'notJson', params: {} });
	});

	it('refuses another format or a version it does not know, quoting what it found', () => {
		expect(codeOf(JSON.stringify({ format: 'stekboek-report', version: 1 }))).toEqual({
			code: 'wrongFormat',
			params: { found: 'stekboek-report' }
		});
		expect(codeOf('[1,2]')?.code).toBe('wrongFormat');
		expect(codeOf(file({}, { version: 2 }))).toEqual({
			code: 'wrongVersion',
			params: { found: '2', supported: 1 }
		});
		expect(codeOf(file({}, { version: '1' }))?.code).toBe('wrongVersion');
	});

	it('refuses lists and items of the wrong type, naming list, position and field', () => {
		expect(codeOf(file(null))).toEqual({ code: 'noLists', params: {} });
		expect(codeOf(file({ themes: {} }))).toEqual({ code: 'notAList', params: { list: 'themes' } });
		expect(codeOf(file({ themes: ['Werk'] }))).toEqual({
			code: 'notAnItem',
			params: { list: 'themes', position: 1 }
		});
		expect(
			codeOf(
				file({
					areas: [
						{ id: 'area-a1', label: 'A', archived: false },
						{ id: 'area-b1', label: 'B', archived: 'nee' }
					]
				})
			)
		).toEqual({ code: 'wrongType', params: { list: 'areas', position: 2, field: 'archived' } });
	});

	it('refuses an id with characters outside A-Z, a-z, 0-9, _ and -, quoting it', () => {
		expect(
			codeOf(file({ themes: [{ id: 'theme werk|x', label: 'Werk', archived: false }] }))
		).toEqual({
			code: 'invalidId',
			params: { list: 'themes', position: 1, id: 'theme werk|x' }
		});
		expect(codeOf(file({ themes: [{ id: 42, label: 'Werk', archived: false }] }))?.code).toBe(
			'invalidId'
		);
	});

	it('refuses a duplicate id, also across lists', () => {
		const item = { id: 'same-id', label: 'X', archived: false };
		expect(codeOf(file({ themes: [item], areas: [item] }))).toEqual({
			code: 'duplicateId',
			params: { id: 'same-id' }
		});
	});

	it('refuses huge values: a huge file, a long label, a huge order, too many items', () => {
		expect(codeOf(' '.repeat(1_000_001))?.code).toBe('tooLarge');
		const long = { id: 'theme-long', label: 'x'.repeat(201), archived: false };
		expect(codeOf(file({ themes: [long] }))?.code).toBe('invalidLabel');
		const far = { id: 'theme-far', label: 'Ver', archived: false, order: 1e12 };
		expect(codeOf(file({ themes: [far] }))).toEqual({
			code: 'wrongType',
			params: { list: 'themes', position: 1, field: 'order' }
		});
		const many = Array.from({ length: 2001 }, (_, i) => ({
			id: `t-${i}00`,
			label: 'x',
			archived: false
		}));
		expect(codeOf(file({ themes: many }))).toEqual({
			code: 'tooManyItems',
			params: { list: 'themes', max: 2000 }
		});
	});

	it('shortens and cleans what it quotes, so a message cannot flood the screen', () => {
		const error = codeOf(JSON.stringify({ format: `x\u0000${'y'.repeat(100)}`, version: 1 }));
		expect(error?.params.found).toBe(`x?${'y'.repeat(38)}…`);
	});

	it('never throws on input that is not a string', () => {
		expect(readTaxonomyFile(undefined as never).ok).toBe(false);
		expect(readTaxonomyFile({ length: 3 } as never).ok).toBe(false);
	});
});
