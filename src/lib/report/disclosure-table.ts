import type { ExactReport } from './exact-report.schema';
import { figureDeclarations, type FigureDeclaration, type FigureUnit } from './figure-declarations';

/** One count of the table disclosure control works on, with what it counts. */
export interface TableCell {
	id: string;
	unit: FigureUnit;
	value: number;
	/** `new`: a project total is only known to be at least each year's (see the declaration). */
	acrossYears?: 'new';
}

/** A linear tie an attacker knows: `Σ coefficient × cell` is `= 0` or `≤ 0`. */
export interface TableRow {
	terms: [string, number][];
	op: 'eq' | 'le';
}

/** A protected figure and a subgroup of it (SPEC "Complements"). */
export interface ComplementPair {
	parent: string;
	child: string;
}

/** The counts of a report and every sum that ties them, as the audit sees them. */
export interface DisclosureTable {
	cells: Map<string, TableCell>;
	rows: TableRow[];
	complements: ComplementPair[];
}

/** The id of a cell: `reach.byGender[vrouw]`, `activities[Digipunt].women`, … */
export function cellId(section: string, name: string, category?: string): string {
	return category === undefined ? `${section}.${name}` : `${section}.${name}[${category}]`;
}

/** The id of a per-activity cell. */
export function activityCellId(activity: string, name: string): string {
	return `activities[${activity}].${name}`;
}

/** The id of the count of ratings of one prompt. */
export function ratingCellId(prompt: string): string {
	return `focusGroups.ratings[${prompt}]`;
}

type Plain = Record<string, unknown>;

/** The exact value or breakdown a declaration points at in one section object. */
function read(scope: Plain, figure: FigureDeclaration): unknown {
	return scope[figure.name];
}

/** The JSON object a section's figures live in (the report itself for `contactsByMonth`). */
export function sectionOf(exact: ExactReport, section: string): Plain {
	return section === 'contactsByMonth'
		? { contacts: exact.contactsByMonth }
		: ((exact as unknown as Record<string, Plain>)[section] ?? {});
}

class TableBuilder implements DisclosureTable {
	cells = new Map<string, TableCell>();
	rows: TableRow[] = [];
	complements: ComplementPair[] = [];

	add(id: string, unit: FigureUnit, value: number, acrossYears?: 'new'): void {
		this.cells.set(id, { id, unit, value, ...(acrossYears ? { acrossYears } : {}) });
	}

	/** Adds the figures of one scope: the report's sections, or one activity. */
	addScope(scope: Plain, figures: readonly FigureDeclaration[], idOf: (name: string) => string) {
		for (const figure of figures) {
			if (figure.kind === 'count') {
				this.add(idOf(figure.name), figure.unit, Number(read(scope, figure)), figure.acrossYears);
				if (figure.parent) {
					const pair = { parent: idOf(figure.parent), child: idOf(figure.name) };
					this.complements.push(pair);
					this.rows.push({
						terms: [
							[pair.child, 1],
							[pair.parent, -1]
						],
						op: 'le'
					});
				}
				if (figure.atMost)
					this.rows.push({
						terms: [
							[idOf(figure.name), 1],
							[idOf(figure.atMost), -1]
						],
						op: 'le'
					});
			} else if (figure.kind === 'breakdown') {
				const cells = Object.entries(read(scope, figure) as Record<string, number>);
				const ids = cells.map(([label, value]) => {
					const id = `${idOf(figure.name)}[${label}]`;
					this.add(id, figure.unit, value);
					return id;
				});
				if (!figure.total) continue;
				const total = idOf(figure.total);
				if (figure.tie === 'sum')
					this.rows.push({
						terms: [[total, -1], ...ids.map((id): [string, number] => [id, 1])],
						op: 'eq'
					});
				else
					for (const id of ids)
						this.rows.push({
							terms: [
								[id, 1],
								[total, -1]
							],
							op: 'le'
						});
			}
		}
	}
}

/**
 * The disclosure table of one exact report: every count as a cell with its unit, every
 * breakdown tied to its total, every subgroup to its parent, derived from the figure
 * declarations. Averages are not cells: they follow their numerator and denominator.
 */
export function disclosureTable(exact: ExactReport): DisclosureTable {
	const table = new TableBuilder();
	const sections = new Set(figureDeclarations.map((f) => f.section));
	for (const section of sections) {
		if (section === 'activities') continue;
		const figures = figureDeclarations.filter((f) => f.section === section);
		table.addScope(sectionOf(exact, section), figures, (name) => cellId(section, name));
	}
	const activityFigures = figureDeclarations.filter((f) => f.section === 'activities');
	for (const activity of exact.activities)
		table.addScope(activity as unknown as Plain, activityFigures, (name) =>
			activityCellId(activity.activity, name)
		);
	for (const [prompt, { count }] of Object.entries(exact.focusGroups.ratingsByPrompt)) {
		table.add(ratingCellId(prompt), 'event', count);
		const inputs = cellId('focusGroups', 'inputs');
		table.rows.push({
			terms: [
				[ratingCellId(prompt), 1],
				[inputs, -1]
			],
			op: 'le'
		});
	}
	return table;
}

/**
 * One table for a project period: each year's cells under `year|`, the total's under
 * `total|`, tied across columns. Events and organisational counts add up over the years;
 * a person present in two years counts once in the total, so a person count of the total
 * lies between the largest year and the sum of the years.
 */
export function projectTable(
	years: readonly { column: string; table: DisclosureTable }[],
	total: DisclosureTable
): DisclosureTable {
	const all = [...years, { column: 'total', table: total }];
	const joined: DisclosureTable = { cells: new Map(), rows: [], complements: [] };
	for (const { column, table } of all) {
		const at = (id: string) => `${column}|${id}`;
		for (const cell of table.cells.values())
			joined.cells.set(at(cell.id), { ...cell, id: at(cell.id) });
		for (const row of table.rows)
			joined.rows.push({ op: row.op, terms: row.terms.map(([id, c]) => [at(id), c]) });
		for (const pair of table.complements)
			joined.complements.push({ parent: at(pair.parent), child: at(pair.child) });
	}
	for (const cell of total.cells.values()) {
		const parts = years
			.filter(({ table }) => table.cells.has(cell.id))
			.map(({ column }): [string, number] => [`${column}|${cell.id}`, 1]);
		const whole: [string, number] = [`total|${cell.id}`, -1];
		if (cell.unit !== 'person') joined.rows.push({ terms: [whole, ...parts], op: 'eq' });
		else {
			const below = parts.map(([id]): [string, number] => [id, -1]);
			if (cell.acrossYears !== 'new')
				joined.rows.push({ terms: [[`total|${cell.id}`, 1], ...below], op: 'le' });
			for (const [id] of parts)
				joined.rows.push({
					terms: [
						[id, 1],
						[`total|${cell.id}`, -1]
					],
					op: 'le'
				});
		}
	}
	return joined;
}
