import { describe, expect, it } from 'vitest';
import { suppressBreakdown } from './suppress-breakdown';

describe('suppressBreakdown', () => {
	it('hides counts from 1 to k-1 and keeps zero and k visible', () => {
		expect(suppressBreakdown({ a: 0, b: 1, c: 4, d: 5 }, 5)).toEqual({
			a: 0,
			b: '<5',
			c: '<5',
			d: 5
		});
	});

	it('also hides the smallest other non-zero cell when exactly one cell is hidden', () => {
		expect(suppressBreakdown({ vrouw: 120, man: 76, x: 3, onbekend: 0 }, 5)).toEqual({
			vrouw: 120,
			man: '<5',
			x: '<5',
			onbekend: 0
		});
	});

	it('breaks a tie between equally small cells by the label that sorts first', () => {
		expect(suppressBreakdown({ b: 9, a: 9, c: 2, d: 30 }, 5)).toEqual({
			b: 9,
			a: '<5',
			c: '<5',
			d: 30
		});
	});

	it('suppresses nothing more when two cells are already hidden', () => {
		expect(suppressBreakdown({ a: 2, b: 3, c: 40 }, 5)).toEqual({ a: '<5', b: '<5', c: 40 });
	});

	it('leaves a lone hidden cell alone when every other cell is zero', () => {
		expect(suppressBreakdown({ a: 2, b: 0, c: 0 }, 5)).toEqual({ a: '<5', b: 0, c: 0 });
	});

	it('uses the chosen threshold in the marker', () => {
		expect(suppressBreakdown({ a: 9, b: 10, c: 11 }, 10)).toEqual({ a: '<10', b: '<10', c: 11 });
	});
});
