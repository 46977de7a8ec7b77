import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import { checkImportNeverThrows, FUZZ_RUNS } from '$test-support/import/import-fuzz';
import { mapSheet } from './map-sheet';
import { parseSheet } from './parse-sheet';
import { resolveImport } from './resolve-import';

describe('import on arbitrary input', () => {
	it('never throws from parse, map or resolve and always returns a result', () => {
		expect(() => checkImportNeverThrows(FUZZ_RUNS)).not.toThrow();
	});

	it('returns an error result for input that is not even text', () => {
		expect(parseSheet(undefined as never).ok).toBe(false);
		expect(
			parseSheet({
				toString: () => {
					throw new Error('boom');
				}
			} as never)
		).toEqual({
			ok: false,
			errors: [{ code: 'unreadable', params: {} }]
		});
		expect(mapSheet(null as never, defaultTaxonomy(), [])).toEqual({
			ok: false,
			errors: [{ code: 'unexpected', params: {} }]
		});
		expect(resolveImport({} as never, null as never).ok).toBe(false);
	});
});
