/** One linear row: coefficients by variable index (absent = 0) and its right-hand side. */
export interface LinearRow {
	coef: ReadonlyMap<number, number>;
	rhs: number;
}

/** A linear program over `size` variables, each at least 0: `eq` rows `=`, `le` rows `≤`. */
export interface LinearProgram {
	size: number;
	eq: readonly LinearRow[];
	le: readonly LinearRow[];
}

/** The best value of an objective, or why there is none. */
export type LpResult =
	{ status: 'optimal'; value: number } | { status: 'infeasible' } | { status: 'unbounded' };

const EPS = 1e-9;

/** The tableau of the simplex: `rows[i]` is row i with its right-hand side last. */
export interface Tableau {
	rows: number[][];
	basis: number[];
	columns: number;
	artificialFrom: number;
}

function build(lp: LinearProgram): Tableau {
	const all = [
		...lp.le.map((row) => ({ row, slack: true })),
		...lp.eq.map((row) => ({ row, slack: false }))
	];
	const slacks = lp.le.length;
	const artificialFrom = lp.size + slacks;
	const columns = artificialFrom + all.length;
	const rows: number[][] = [];
	const basis: number[] = [];
	all.forEach(({ row, slack }, i) => {
		const sign = row.rhs < 0 ? -1 : 1;
		const line = new Array<number>(columns + 1).fill(0);
		for (const [index, value] of row.coef) line[index] = sign * value;
		if (slack) line[lp.size + i] = sign;
		line[artificialFrom + i] = 1;
		line[columns] = sign * row.rhs;
		rows.push(line);
		basis.push(artificialFrom + i);
	});
	return { rows, basis, columns, artificialFrom };
}

/** Pivots on (row, column), updating the reduced costs too; touches only non-zero columns. */
function pivot(t: Tableau, row: number, column: number, reduced?: number[]): void {
	// Indices below stay inside the tableau, whose rows all have `columns + 1` entries.
	const pivotRow = t.rows[row]!;
	const factor = pivotRow[column]!;
	const nonZero: number[] = [];
	for (let j = 0; j <= t.columns; j++) {
		if (pivotRow[j] === 0) continue;
		pivotRow[j] = pivotRow[j]! / factor;
		nonZero.push(j);
	}
	const eliminate = (other: number[]) => {
		const times = other[column]!;
		if (times === 0) return;
		for (const j of nonZero) other[j] = other[j]! - times * pivotRow[j]!;
		other[column] = 0;
	};
	t.rows.forEach((other, i) => {
		if (i !== row) eliminate(other);
	});
	if (reduced) eliminate(reduced);
	pivotRow[column] = 1;
	t.basis[row] = column;
}

/** The reduced cost of every column for `cost` in the current basis. */
function reducedCosts(t: Tableau, cost: readonly number[]): number[] {
	const reduced = new Array<number>(t.columns + 1).fill(0);
	for (let j = 0; j < t.columns; j++) reduced[j] = cost[j] ?? 0;
	t.rows.forEach((line, i) => {
		const weight = cost[t.basis[i]!] ?? 0;
		if (weight !== 0)
			for (let j = 0; j <= t.columns; j++) reduced[j] = reduced[j]! - weight * line[j]!;
	});
	return reduced;
}

/** The row that leaves the basis when `entering` enters (smallest ratio, Bland's tie-break). */
function leavingRow(t: Tableau, entering: number): { row: number; ratio: number } {
	let row = -1;
	let best = Infinity;
	t.rows.forEach((line, i) => {
		const a = line[entering]!;
		if (a <= EPS) return;
		const ratio = line[t.columns]! / a;
		if (ratio < best - EPS || (ratio < best + EPS && t.basis[i]! < t.basis[row]!)) {
			best = ratio;
			row = i;
		}
	});
	return { row, ratio: best };
}

/**
 * Minimises `cost` (by column): Dantzig's rule (steepest reduced cost) while pivots make
 * progress, Bland's rule (which never cycles) after a run of degenerate pivots. Columns
 * from `enterLimit` on never enter the basis. Returns false when unbounded.
 */
function minimise(t: Tableau, cost: readonly number[], enterLimit: number): boolean {
	const reduced = reducedCosts(t, cost);
	let degenerate = 0;
	for (;;) {
		const bland = degenerate > t.rows.length;
		let entering = -1;
		let steepest = -EPS;
		for (let j = 0; j < enterLimit; j++) {
			if (reduced[j]! >= steepest) continue;
			entering = j;
			steepest = reduced[j]!;
			if (bland) break;
		}
		if (entering < 0) return true;
		const leaving = leavingRow(t, entering);
		if (leaving.row < 0) return false;
		degenerate = leaving.ratio < EPS ? degenerate + 1 : 0;
		pivot(t, leaving.row, entering, reduced);
	}
}

function objectiveValue(t: Tableau, cost: readonly number[]): number {
	return t.rows.reduce((sum, row, i) => sum + (cost[t.basis[i]!] ?? 0) * row[t.columns]!, 0);
}

/**
 * A feasible basis for the program (phase 1 of the two-phase simplex), with every
 * artificial variable driven out of the basis where a row allows it; null when infeasible.
 */
export function feasibleTableau(lp: LinearProgram): Tableau | null {
	const t = build(lp);
	const cost = new Array<number>(t.columns).fill(0).map((_, j) => (j >= t.artificialFrom ? 1 : 0));
	minimise(t, cost, t.columns);
	if (objectiveValue(t, cost) > 1e-7) return null;
	for (const [i, row] of t.rows.entries()) {
		if (t.basis[i]! < t.artificialFrom) continue;
		const column = row.findIndex((value, j) => j < t.artificialFrom && Math.abs(value) > EPS);
		if (column >= 0) pivot(t, i, column);
	}
	return t;
}

/** The value of every original variable in the tableau's basic solution. */
export function pointOf(t: Tableau): number[] {
	const point = new Array<number>(t.artificialFrom).fill(0);
	t.basis.forEach((column, i) => {
		if (column < point.length) point[column] = t.rows[i]![t.columns]!;
	});
	return point;
}

/**
 * Maximises `objective · x` from a feasible tableau, which it leaves at the optimum: any
 * feasible basis is a good start for the next objective over the same program, so the
 * bounds of many cells share one phase 1 and warm starts.
 */
export function maximiseFrom(t: Tableau, objective: ReadonlyMap<number, number>): LpResult {
	const cost = new Array<number>(t.columns).fill(0);
	for (const [index, value] of objective) cost[index] = -value;
	if (!minimise(t, cost, t.artificialFrom)) return { status: 'unbounded' };
	return { status: 'optimal', value: -objectiveValue(t, cost) };
}

/** Maximises `objective · x` over the program: phase 1, then phase 2. */
export function maximise(lp: LinearProgram, objective: ReadonlyMap<number, number>): LpResult {
	const start = feasibleTableau(lp);
	return start ? maximiseFrom(start, objective) : { status: 'infeasible' };
}
