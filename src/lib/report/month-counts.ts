import { monthsOf, type Period } from './period';

function digits(text: string, start: number, length: number): number {
	let value = 0;
	for (let i = start; i < start + length; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
	return value;
}

/** Contacts per month of the period, counted in an array so that a contact costs no allocation. */
export class MonthCounts {
	readonly #months: string[];
	readonly #counts: number[];
	readonly #firstMonth: number;

	constructor(period: Period) {
		this.#months = monthsOf(period);
		this.#counts = this.#months.map(() => 0);
		this.#firstMonth = digits(period.from, 0, 4) * 12 + digits(period.from, 5, 2);
	}

	/** Counts one contact on an ISO date that lies in the period. */
	add(date: string): void {
		const offset = digits(date, 0, 4) * 12 + digits(date, 5, 2) - this.#firstMonth;
		this.#counts[offset] = (this.#counts[offset] ?? 0) + 1;
	}

	/** Every month of the period (`YYYY-MM`) with its count, zero included. */
	toRecord(): Record<string, number> {
		return Object.fromEntries(this.#months.map((month, i) => [month, this.#counts[i] ?? 0]));
	}
}
