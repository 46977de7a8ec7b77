import { describe, expect, it } from 'vitest';
import {
	checkTaxonomyFileNeverThrows,
	TAXONOMY_FUZZ_RUNS
} from '$test-support/taxonomy/taxonomy-fuzz';

describe('taxonomy file on arbitrary input', () => {
	it('never throws, and refuses malformed input with a reason', () => {
		expect(() => checkTaxonomyFileNeverThrows(TAXONOMY_FUZZ_RUNS)).not.toThrow();
	});
});
