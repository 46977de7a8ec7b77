import { describe, expect, it } from 'vitest';
import { makeSampleSheet } from './sample-sheet';
import { previewOf, recordsOf } from '$test-support/import/test-fixtures';

describe('makeSampleSheet', () => {
	it('builds the same valid sheet for the same seed, with only known labels', () => {
		const text = makeSampleSheet(200, 7);
		expect(makeSampleSheet(200, 7)).toBe(text);
		const preview = previewOf(text);
		expect(preview).toMatchObject({
			rowCount: 200,
			validRowCount: 200,
			invalidRows: [],
			unknownLabels: []
		});
		expect(preview.contacts).toBeLessThan(200);
		expect(preview.signals).toBeGreaterThan(0);
	});

	// Its speed is measured by `npm run bench`, never asserted here.
	it('turns 1,200 rows into contacts with every row accounted for', () => {
		const records = recordsOf(previewOf(makeSampleSheet(1200, 42)));
		expect(records.contacts.length).toBeGreaterThan(500);
		const requests = records.contacts.reduce(
			(sum, contact) => sum + contact.helpRequests.length,
			0
		);
		const withoutRequest = records.contacts.filter((contact) => contact.helpRequests.length === 0);
		expect(requests + withoutRequest.length).toBeLessThanOrEqual(1200);
		expect(requests).toBeGreaterThan(0);
	});
});
