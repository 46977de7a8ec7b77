import type { DisclosureTable } from './disclosure-table';
import {
	feasibleTableau,
	maximiseFrom,
	pointOf,
	type LinearProgram,
	type Tableau
} from './simplex';

/**
 * The audit (SPEC "Secondary, audited"). The attacker knows k, the rule, every published
 * figure and every tie of the table (breakdowns to totals, subgroups to parents, years to
 * the period total), and that a hidden cell is never zero. For each hidden cell the audit
 * computes the attacker's best bounds by linear programming — an exact simplex over the
 * hidden cells of one connected part of the table — not by propagating intervals: loose
 * interval bounds would call a disclosive table safe, exact LP bounds are the attacker's
 * own. LP bounds may be wider than integer reasoning only where the ties are not totally
 * unimodular; the property tests compare them with brute force on small tables. Bounds are
 * rounded inward to integers, as the attacker would.
 *
 * A cell fails when its bounds pin it to one value or lie within 1..k−1; a published
 * subgroup and its parent fail when their difference is so bounded. A second attacker
 * assumes every hidden cell is small (1..k−1, as if all were primary): where that is
 * consistent, no cell may be pinned by it. An attacker who is a source of a merged report
 * knows their own part of each cell; the audit repeats for each, on the remainder.
 */

/** A hidden cell (or a subgroup's difference with its parent) the attacker can pin or bound. */
export interface AuditFailure {
	id: string;
	reason: 'pinned' | 'small' | 'complement' | 'all-small';
}

interface VariableRow {
	coef: Map<number, number>;
	rhs: number;
	op: 'eq' | 'le';
}

/** The hidden cells as LP variables `y = x − lower` and the ties among them. */
interface Problem {
	index: Map<string, number>;
	lower: number[];
	rows: VariableRow[];
}

function problemOf(
	table: DisclosureTable,
	hidden: readonly string[],
	known: ReadonlyMap<string, number>
): Problem {
	const index = new Map(hidden.map((id, i) => [id, i]));
	const lower = hidden.map((id) => Math.max(1, known.get(id) ?? 0));
	const rows: VariableRow[] = [];
	for (const row of table.rows) {
		const coef = new Map<number, number>();
		let rhs = 0;
		for (const [id, c] of row.terms) {
			const i = index.get(id);
			if (i === undefined) rhs -= c * (table.cells.get(id)?.value ?? 0);
			else {
				coef.set(i, (coef.get(i) ?? 0) + c);
				rhs -= c * lower[i]!;
			}
		}
		if (coef.size > 0) rows.push({ coef, rhs, op: row.op });
	}
	return { index, lower, rows };
}

/** The connected parts of the problem: variables that share a row, with those rows. */
function components(problem: Problem): { variables: number[]; rows: VariableRow[] }[] {
	const parent = problem.lower.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (const row of problem.rows) {
		const [first, ...rest] = [...row.coef.keys()];
		for (const other of rest) parent[find(other)] = find(first!);
	}
	const parts = new Map<number, { variables: number[]; rows: VariableRow[] }>();
	const partOf = (i: number) => {
		const root = find(i);
		const part = parts.get(root) ?? { variables: [], rows: [] };
		parts.set(root, part);
		return part;
	};
	problem.lower.forEach((_, i) => partOf(i).variables.push(i));
	for (const row of problem.rows) partOf([...row.coef.keys()][0]!).rows.push(row);
	return [...parts.values()];
}

/** Inward-rounded integer bounds: the attacker knows every cell is a whole number. */
type Range = [number, number];

/**
 * Whether a range discloses: pinned to a non-zero value, or known to lie below k while it
 * may be more than zero (a source's view of the others' part may start at zero: learning
 * that the others count fewer than k people is a disclosure too; a pinned zero is not).
 */
const disclosed = ([lo, hi]: Range, k: number) => (lo === hi ? lo !== 0 : hi >= 1 && hi <= k - 1);

/**
 * The LP of one part of the table, with every point the simplex has visited: a cell seen
 * at two values a whole number apart, one of them k or more, needs no LP of its own.
 */
class PartBounds {
	readonly #points: number[][] = [];
	constructor(readonly tableau: Tableau) {
		this.observe();
	}

	observe(): void {
		this.#points.push(pointOf(this.tableau));
	}

	/** The integer range of `objective · y + offset` over the points seen so far. */
	seen(objective: Map<number, number>, offset: number): Range {
		let low = Infinity;
		let high = -Infinity;
		for (const point of this.#points) {
			let value = offset;
			for (const [i, c] of objective) value += c * point[i]!;
			low = Math.min(low, value);
			high = Math.max(high, value);
		}
		return [Math.ceil(low - 1e-6), Math.floor(high + 1e-6)];
	}

	/** The exact integer bounds of `objective · y + offset`. */
	range(objective: Map<number, number>, offset: number): Range {
		const up = maximiseFrom(this.tableau, objective);
		this.observe();
		const down = maximiseFrom(this.tableau, new Map([...objective].map(([i, c]) => [i, -c])));
		this.observe();
		const hi = up.status === 'optimal' ? Math.floor(up.value + offset + 1e-6) : Infinity;
		const lo = down.status === 'optimal' ? Math.ceil(-down.value + offset - 1e-6) : -Infinity;
		return [lo, hi];
	}

	/**
	 * The exact range of `objective · y + offset` when it discloses (pinned, or within
	 * 1..k−1; with `pinnedOnly` pinned only), else null. Points seen already are inside
	 * the polytope, so when they show two values far enough apart no LP is needed.
	 */
	discloses(objective: Map<number, number>, offset: number, k: number, pinnedOnly = false) {
		const bad = (range: Range) => (pinnedOnly ? range[0] === range[1] : disclosed(range, k));
		if (!bad(this.seen(objective, offset))) return null;
		const range = this.range(objective, offset);
		return bad(range) ? range : null;
	}
}

/** The LP of one part, re-indexed, optionally with every variable at most `cap`. */
function programOf(
	variables: number[],
	rows: VariableRow[],
	cap?: (i: number) => number
): LinearProgram {
	const local = new Map(variables.map((v, i) => [v, i]));
	const remap = (row: VariableRow) => ({
		coef: new Map([...row.coef].map(([v, c]) => [local.get(v) ?? 0, c])),
		rhs: row.rhs
	});
	const le = rows.filter((r) => r.op === 'le').map(remap);
	if (cap) for (const [v, i] of local) le.push({ coef: new Map([[i, 1]]), rhs: cap(v) });
	return { size: variables.length, eq: rows.filter((r) => r.op === 'eq').map(remap), le };
}

/** Audits the table with these cells hidden, for one attacker who knows `known` parts. */
function auditFor(
	table: DisclosureTable,
	hidden: readonly string[],
	k: number,
	known: ReadonlyMap<string, number>,
	outsider: boolean
): AuditFailure[] {
	const problem = problemOf(table, hidden, known);
	const failures: AuditFailure[] = [];
	const partOf = new Map<number, { bounds: PartBounds; local: Map<number, number> }>();
	for (const part of components(problem)) {
		const local = new Map(part.variables.map((v, i) => [v, i]));
		const start = feasibleTableau(programOf(part.variables, part.rows));
		if (!start) throw new Error('the published figures contradict their own ties');
		const bounds = new PartBounds(start);
		for (const v of part.variables) partOf.set(v, { bounds, local });
		for (const [v, i] of local) {
			const id = hidden[v]!;
			const own = known.get(id) ?? 0;
			const range = bounds.discloses(new Map([[i, 1]]), problem.lower[v]! - own, k);
			if (range) failures.push({ id, reason: range[0] === range[1] ? 'pinned' : 'small' });
		}
		if (!outsider) continue;
		const cap = (v: number) => k - 1 - problem.lower[v]!;
		const small = feasibleTableau(programOf(part.variables, part.rows, cap));
		if (!small) continue;
		const smallBounds = new PartBounds(small);
		for (const [v, i] of local)
			if (smallBounds.discloses(new Map([[i, 1]]), problem.lower[v]!, k, true))
				failures.push({ id: hidden[v]!, reason: 'all-small' });
	}
	for (const { parent, child } of table.complements) {
		const p = problem.index.get(parent);
		const c = problem.index.get(child);
		const part = partOf.get(p ?? c ?? -1);
		if (!part) continue;
		const objective = new Map<number, number>();
		let offset = 0;
		const term = (v: number | undefined, id: string, sign: number) => {
			const own = known.get(id) ?? 0;
			if (v === undefined) offset += sign * ((table.cells.get(id)?.value ?? 0) - own);
			else {
				const i = part.local.get(v) ?? 0;
				objective.set(i, (objective.get(i) ?? 0) + sign);
				offset += sign * (problem.lower[v]! - own);
			}
		};
		term(p, parent, 1);
		term(c, child, -1);
		if (part.bounds.discloses(objective, offset, k))
			failures.push({ id: child, reason: 'complement' });
	}
	return failures;
}

/**
 * Audits a table with the given cells hidden: for an outsider, and for each source of a
 * merged report (`sources` holds each source's own cells). Returns every failure; an
 * empty list means the export may be written.
 */
export function auditTable(
	table: DisclosureTable,
	hidden: ReadonlySet<string>,
	k: number,
	sources: readonly ReadonlyMap<string, number>[] = []
): AuditFailure[] {
	const ids = [...hidden].sort();
	const failures = auditFor(table, ids, k, new Map(), true);
	for (const known of sources) failures.push(...auditFor(table, ids, k, known, false));
	return failures;
}
