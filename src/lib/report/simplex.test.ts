import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximise, type LinearProgram } from './simplex';

const row = (coef: [number, number][], rhs: number) => ({ coef: new Map(coef), rhs });

describe('simplex', () => {
	it('finds the optimum of a small program', () => {
		// max x + y with x + 2y ≤ 4, 3x + y ≤ 6: optimum at (1.6, 1.2), value 2.8
		const lp: LinearProgram = {
			size: 2,
			eq: [],
			le: [
				row(
					[
						[0, 1],
						[1, 2]
					],
					4
				),
				row(
					[
						[0, 3],
						[1, 1]
					],
					6
				)
			]
		};
		const result = maximise(
			lp,
			new Map([
				[0, 1],
				[1, 1]
			])
		);
		expect(result.status).toBe('optimal');
		if (result.status === 'optimal') expect(result.value).toBeCloseTo(2.8, 9);
	});

	it('reports infeasible and unbounded programs', () => {
		const infeasible: LinearProgram = { size: 1, eq: [row([[0, 1]], 3)], le: [row([[0, 1]], 2)] };
		expect(maximise(infeasible, new Map([[0, 1]])).status).toBe('infeasible');
		const unbounded: LinearProgram = {
			size: 2,
			eq: [
				row(
					[
						[0, 1],
						[1, -1]
					],
					1
				)
			],
			le: []
		};
		expect(maximise(unbounded, new Map([[0, 1]])).status).toBe('unbounded');
	});

	it('handles negative right-hand sides and redundant equalities', () => {
		// x − y ≤ −2 (y ≥ x + 2), x + y = 10 twice: max x = 4
		const lp: LinearProgram = {
			size: 2,
			eq: [
				row(
					[
						[0, 1],
						[1, 1]
					],
					10
				),
				row(
					[
						[0, 1],
						[1, 1]
					],
					10
				)
			],
			le: [
				row(
					[
						[0, 1],
						[1, -1]
					],
					-2
				)
			]
		};
		const result = maximise(lp, new Map([[0, 1]]));
		expect(result).toEqual({ status: 'optimal', value: expect.closeTo(4, 9) as number });
	});

	it('matches brute force on random small integer programs with a box', () => {
		const coefArb = fc.integer({ min: -2, max: 2 });
		const caseArb = fc.record({
			rows: fc.array(fc.record({ a: coefArb, b: coefArb, rhs: fc.integer({ min: -6, max: 12 }) }), {
				maxLength: 3
			}),
			c: fc.tuple(coefArb, coefArb)
		});
		fc.assert(
			fc.property(caseArb, ({ rows, c }) => {
				const le = [
					row([[0, 1]], 8),
					row([[1, 1]], 8),
					...rows.map((r) =>
						row(
							[
								[0, r.a],
								[1, r.b]
							],
							r.rhs
						)
					)
				];
				const lp: LinearProgram = { size: 2, eq: [], le };
				const result = maximise(
					lp,
					new Map([
						[0, c[0]],
						[1, c[1]]
					])
				);
				// The optimum of an LP lies at a vertex; check it against a fine grid search.
				let best = -Infinity;
				for (let x = 0; x <= 8; x += 0.25)
					for (let y = 0; y <= 8; y += 0.25)
						if (rows.every((r) => r.a * x + r.b * y <= r.rhs + 1e-9))
							best = Math.max(best, c[0] * x + c[1] * y);
				if (best === -Infinity) expect(result.status).toBe('infeasible');
				else {
					expect(result.status).toBe('optimal');
					if (result.status === 'optimal') expect(result.value).toBeGreaterThanOrEqual(best - 1e-9);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
