import { auditTable, type AuditFailure } from './disclosure-audit';
import type { DisclosureTable, TableCell, TableRow } from './disclosure-table';
import { isProtected } from './figure-declarations';

/** A table that more hiding cannot make safe: a bug or absurd input, so nothing is written. */
export class UnprotectableTableError extends Error {
	override readonly name = 'UnprotectableTableError';
	constructor(readonly failures: readonly AuditFailure[]) {
		super(`disclosure audit failed for ${failures.map((f) => f.id).join(', ')}`);
	}
}

/** Whether a count must be hidden on its own: from 1 to k−1 (zero stays visible). */
export function isSmall(count: number, k: number): boolean {
	return count >= 1 && count < k;
}

const hideable = (cell: TableCell | undefined): cell is TableCell =>
	cell !== undefined && isProtected(cell.unit) && cell.value > 0;

/**
 * Primary and complement suppression (SPEC "Primary", "Complements", "Several sources"):
 * a protected count in 1..k−1, or whose value minus any one source's lies in 1..k−1; a
 * subgroup whose difference with its parent lies in 1..k−1; a subgroup equal to a parent
 * below 2k (everyone in a small group shares the attribute).
 */
function primaryCells(
	table: DisclosureTable,
	k: number,
	sources: readonly ReadonlyMap<string, number>[]
): Set<string> {
	const hidden = new Set<string>();
	for (const cell of table.cells.values()) {
		if (!hideable(cell)) continue;
		const rest = sources.map((known) => cell.value - (known.get(cell.id) ?? 0));
		if (isSmall(cell.value, k) || rest.some((r) => isSmall(r, k))) hidden.add(cell.id);
	}
	for (const { parent, child } of table.complements) {
		const p = table.cells.get(parent);
		const c = table.cells.get(child);
		if (!p || !hideable(c) || hidden.has(child) || hidden.has(parent)) continue;
		const small = isSmall(p.value - c.value, k);
		const homogeneous = c.value === p.value && p.value < 2 * k;
		if (small || homogeneous) hidden.add(child);
	}
	return hidden;
}

/** The visible, hideable cells that share a tie with `id`, smallest first. */
function neighbours(table: DisclosureTable, ids: ReadonlySet<string>, hidden: ReadonlySet<string>) {
	const found = new Set<string>();
	for (const row of table.rows)
		if (row.terms.some(([term]) => ids.has(term)))
			for (const [term] of row.terms)
				if (!hidden.has(term) && hideable(table.cells.get(term))) found.add(term);
	const value = (id: string) => table.cells.get(id)?.value ?? 0;
	return [...found].sort((a, b) => value(a) - value(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const tiesBoth = (row: TableRow, id: string, others: ReadonlySet<string>) =>
	row.terms.some(([term]) => term === id) && row.terms.some(([term]) => others.has(term));

/** The cells around a failure, widening to the cells tied to those when none is left. */
function nextToHide(
	table: DisclosureTable,
	id: string,
	hidden: ReadonlySet<string>
): string | undefined {
	let reach = new Set([id]);
	for (let step = 0; step < 4; step++) {
		const [first] = neighbours(table, reach, hidden);
		if (first) return first;
		const wider = new Set(reach);
		for (const row of table.rows)
			if (row.terms.some(([term]) => reach.has(term)))
				for (const [term] of row.terms) wider.add(term);
		if (wider.size === reach.size) return undefined;
		reach = wider;
	}
	return undefined;
}

/**
 * The cells an export must hide: primary and complement cells, then as many more as the
 * audit needs (each failure hides the smallest visible protected cell tied to it) until no
 * attacker can pin a hidden cell or bound it within 1..k−1. `sources` holds each source's
 * own cells for a merged report. Throws UnprotectableTableError when hiding cannot help.
 */
export function protectTable(
	table: DisclosureTable,
	k: number,
	sources: readonly ReadonlyMap<string, number>[] = []
): Set<string> {
	const hidden = primaryCells(table, k, sources);
	for (;;) {
		const failures = auditTable(table, hidden, k, sources);
		if (failures.length === 0) return hidden;
		const more = new Set<string>();
		for (const { id } of failures) {
			// One more cell per tie at a time: it may already repair its neighbours' failures.
			if (table.rows.some((row) => tiesBoth(row, id, more))) continue;
			const next = nextToHide(table, id, new Set([...hidden, ...more]));
			if (next) more.add(next);
		}
		// Guessing that every hidden cell is small pins them only when the whole tie is
		// hidden already: the guess cannot be confirmed, so that is as far as hiding goes.
		if (more.size === 0 && failures.every((f) => f.reason === 'all-small')) return hidden;
		if (more.size === 0) throw new UnprotectableTableError(failures);
		for (const id of more) hidden.add(id);
	}
}
