import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { asEnvelope, envelopeSchema } from './item-codec';

describe('asEnvelope', () => {
	const candidates = fc.oneof(
		fc.jsonValue(),
		fc.record(
			{
				kind: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
				version: fc.oneof(
					fc.integer({ min: -3, max: 5 }),
					fc.double(),
					fc.constant(2 ** 53),
					fc.string()
				),
				record: fc.jsonValue()
			},
			{ requiredKeys: [] }
		)
	);

	test('gives the verdict envelopeSchema gives, on any JSON value', () => {
		fc.assert(
			fc.property(candidates, (value) => {
				const reference = envelopeSchema.safeParse(value);
				const fast = asEnvelope(value);
				expect(fast !== null).toBe(reference.success);
				if (fast && reference.success) expect(fast).toEqual(reference.data);
			}),
			{ numRuns: 2000 }
		);
	});

	test('refuses what is not an envelope', () => {
		expect(asEnvelope([])).toBeNull();
		expect(asEnvelope({ kind: 'person', version: 0, record: {} })).toBeNull();
		expect(asEnvelope({ kind: 'person', version: 1.5, record: {} })).toBeNull();
		expect(asEnvelope({ kind: 1, version: 1, record: {} })).toBeNull();
		expect(asEnvelope({ kind: 'person', version: 1, record: { id: 'x' } })).toEqual({
			kind: 'person',
			version: 1,
			record: { id: 'x' }
		});
	});
});
