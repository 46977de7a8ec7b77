/**
 * Counts per label for one breakdown. Every baseline label is present, zero included;
 * `optional` labels (archived categories) only appear when something was counted in them.
 */
export class Tally {
	readonly #counts = new Map<string, number>();
	readonly #optional: ReadonlySet<string>;

	constructor(labels: Iterable<string>, optional: ReadonlySet<string> = new Set()) {
		for (const label of labels) this.#counts.set(label, 0);
		this.#optional = optional;
	}

	/** Adds `amount` to the cell of `label`, creating the cell when it is new. */
	add(label: string, amount = 1): void {
		this.#counts.set(label, (this.#counts.get(label) ?? 0) + amount);
	}

	/** Adds one to each distinct label, so an item with two equal labels counts once. */
	addEach(labels: Iterable<string>): void {
		for (const label of new Set(labels)) this.add(label);
	}

	/** Adds one under the label of each id, once per distinct label (no allocation for one id). */
	addIds(ids: readonly string[], labelOf: (id: string) => string): void {
		const [only] = ids;
		if (ids.length === 1 && only !== undefined) this.add(labelOf(only));
		else if (ids.length > 1) this.addEach(ids.map(labelOf));
	}

	/**
	 * The breakdown as a plain object, in baseline order, unused optional labels left out;
	 * `relabel` renames cells counted under a code (cells that end up equal are added).
	 */
	toRecord(relabel: (label: string) => string = (label) => label): Record<string, number> {
		const cells = new Map<string, number>();
		for (const [label, count] of this.#counts) {
			if (count === 0 && this.#optional.has(label)) continue;
			const name = relabel(label);
			cells.set(name, (cells.get(name) ?? 0) + count);
		}
		return Object.fromEntries(cells);
	}
}
