import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditTable } from './disclosure-audit';
import { projectTable, type DisclosureTable } from './disclosure-table';
import type { FigureUnit } from './figure-declarations';
import { protectTable } from './protect-table';

/** A tiny table: total = a + b + c, and a subgroup s of the total (a complement pair). */
function tinyTable(
	values: { a: number; b: number; c: number; s: number },
	unit: FigureUnit = 'person'
): DisclosureTable {
	const total = values.a + values.b + values.c;
	const cells = new Map(
		Object.entries({ ...values, t: total }).map(([id, value]) => [id, { id, unit, value }])
	);
	return {
		cells,
		rows: [
			{
				terms: [
					['t', -1],
					['a', 1],
					['b', 1],
					['c', 1]
				],
				op: 'eq'
			},
			{
				terms: [
					['s', 1],
					['t', -1]
				],
				op: 'le'
			}
		],
		complements: [{ parent: 't', child: 's' }]
	};
}

type Range = { low: number; high: number };

/**
 * Every integer table consistent with what is published, by enumeration: each hidden cell
 * from 1 to `box` (a hidden cell is never zero), visible cells fixed, every tie holding.
 * Returns the values each hidden cell and each complement difference can take; `small`
 * adds the attacker's guess that every hidden cell lies in 1..k−1.
 */
function bruteForce(
	table: DisclosureTable,
	hidden: readonly string[],
	k: number,
	box: number,
	small = false
) {
	const ranges = new Map<string, Range>();
	const note = (key: string, value: number) => {
		const r = ranges.get(key) ?? { low: Infinity, high: -Infinity };
		ranges.set(key, { low: Math.min(r.low, value), high: Math.max(r.high, value) });
	};
	const top = small ? k - 1 : box;
	const values = new Map([...table.cells.values()].map((cell) => [cell.id, cell.value]));
	const visit = (i: number) => {
		if (i < hidden.length) {
			for (let v = 1; v <= top; v++) {
				values.set(hidden[i]!, v);
				visit(i + 1);
			}
			return;
		}
		const holds = table.rows.every(({ terms, op }) => {
			const sum = terms.reduce((acc, [id, c]) => acc + c * (values.get(id) ?? 0), 0);
			return op === 'eq' ? sum === 0 : sum <= 0;
		});
		if (!holds) return;
		for (const id of hidden) note(id, values.get(id) ?? 0);
		for (const { parent, child } of table.complements)
			note(`${parent}-${child}`, (values.get(parent) ?? 0) - (values.get(child) ?? 0));
	};
	visit(0);
	return ranges;
}

/** Whether the brute force shows a hidden cell pinned or bounded within 1..k−1. */
function disclosures(
	table: DisclosureTable,
	hidden: readonly string[],
	k: number,
	box: number,
	withGuess = true
): string[] {
	const found: string[] = [];
	const ranges = bruteForce(table, hidden, k, box);
	const bad = ({ low, high }: Range) =>
		high < box && (low === high ? low !== 0 : high >= 1 && high <= k - 1);
	for (const id of hidden) if (bad(ranges.get(id)!)) found.push(id);
	for (const { parent, child } of table.complements)
		if (
			(hidden.includes(parent) || hidden.includes(child)) &&
			bad(ranges.get(`${parent}-${child}`)!)
		)
			found.push(child);
	if (withGuess)
		for (const [id, { low, high }] of bruteForce(table, hidden, k, box, true))
			if (hidden.includes(id) && low === high) found.push(id);
	return found;
}

/** Whether every protected non-zero cell is hidden: nothing is left to hide. */
const allHidden = (table: DisclosureTable, hidden: readonly string[]) =>
	[...table.cells.values()].every((cell) => cell.value === 0 || hidden.includes(cell.id));

const valuesArb = fc
	.record({
		a: fc.integer({ min: 0, max: 6 }),
		b: fc.integer({ min: 0, max: 6 }),
		c: fc.integer({ min: 0, max: 6 }),
		s: fc.integer({ min: 0, max: 18 })
	})
	.filter(({ a, b, c, s }) => s <= a + b + c);

const kArb = fc.integer({ min: 3, max: 5 });
const BOX = 20;

describe('disclosure audit against brute force on tiny tables', () => {
	it('never calls safe what enumeration of every consistent table shows pinned or small', () => {
		fc.assert(
			fc.property(
				valuesArb,
				kArb,
				fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
				(values, k, pick) => {
					const table = tinyTable(values);
					const nonZero = [...table.cells.values()]
						.filter((cell) => cell.value > 0)
						.map((cell) => cell.id);
					const hidden = nonZero.filter((_, i) => pick[i]);
					const failing = new Set(auditTable(table, new Set(hidden), k).map((f) => f.id));
					for (const id of disclosures(table, hidden, k, BOX)) expect(failing.has(id)).toBe(true);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('protects every tiny table so that enumeration finds nothing pinned or small', () => {
		fc.assert(
			fc.property(valuesArb, kArb, (values, k) => {
				const table = tinyTable(values);
				const hidden = [...protectTable(table, k)];
				for (const id of hidden) expect(table.cells.get(id)?.value).toBeGreaterThan(0);
				for (const cell of table.cells.values())
					if (!hidden.includes(cell.id)) expect(cell.value === 0 || cell.value >= k).toBe(true);
				if (hidden.length > 4) return; // beyond what enumeration can check quickly
				expect(disclosures(table, hidden, k, BOX, !allHidden(table, hidden))).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});

	it('protects a tiny project period (two years and their total) as one table', () => {
		const yearArb = fc.record({
			a: fc.integer({ min: 0, max: 4 }),
			b: fc.integer({ min: 0, max: 4 }),
			c: fc.constant(0),
			s: fc.constant(0)
		});
		fc.assert(
			fc.property(yearArb, yearArb, kArb, (first, second, k) => {
				const sum = (key: 'a' | 'b' | 'c' | 's') => first[key] + second[key];
				const total = { a: sum('a'), b: sum('b'), c: 0, s: 0 };
				const years = [
					{ column: '2021', table: tinyTable(first, 'event') },
					{ column: '2022', table: tinyTable(second, 'event') }
				];
				const table = projectTable(years, tinyTable(total, 'event'));
				const hidden = [...protectTable(table, k)];
				if (hidden.length > 4) return; // beyond what enumeration can check quickly
				expect(disclosures(table, hidden, k, 12, !allHidden(table, hidden))).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});
});

describe('disclosure audit, by hand', () => {
	it('finds three small cells pinned when they are assumed all small', () => {
		const table = tinyTable({ a: 2, b: 2, c: 2, s: 0 });
		const failures = auditTable(table, new Set(['a', 'b', 'c']), 3);
		expect(
			failures
				.filter((f) => f.reason === 'all-small')
				.map((f) => f.id)
				.sort()
		).toEqual(['a', 'b', 'c']);
	});

	it('finds a lone hidden cell pinned by its total', () => {
		const table = tinyTable({ a: 2, b: 7, c: 9, s: 0 });
		expect(auditTable(table, new Set(['a']), 5)).toContainEqual({ id: 'a', reason: 'pinned' });
	});

	it('lets a colleague who knows their part not bound the rest within 1..k−1', () => {
		const table = tinyTable({ a: 8, b: 7, c: 9, s: 0 });
		const own = new Map([
			['a', 5],
			['b', 7],
			['c', 9],
			['t', 21],
			['s', 0]
		]);
		const failures = auditTable(table, new Set(['a', 'b']), 5, [own]);
		expect(failures.some((f) => f.id === 'a')).toBe(true);
	});
});
