/**
 * mulberry32: a tiny 32-bit PRNG. Not for secrets — only to make demo data that is the
 * same for the same seed on every device and in every test run.
 */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** Seeded random choices for the demo generator. */
export class Random {
	readonly #next: () => number;

	constructor(seed: number) {
		this.#next = mulberry32(seed);
	}

	/** A float in [0, 1). */
	next(): number {
		return this.#next();
	}

	/** A whole number from `min` to `max`, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.#next() < p;
	}

	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T {
		const item = items[Math.floor(this.#next() * items.length)];
		if (item === undefined) throw new RangeError('pick from an empty list');
		return item;
	}

	/** One value, chosen with the given relative weights. */
	weighted<T>(options: readonly (readonly [T, number])[]): T {
		const total = options.reduce((sum, [, weight]) => sum + weight, 0);
		let left = this.#next() * total;
		for (const [value, weight] of options) {
			left -= weight;
			if (left < 0) return value;
		}
		const last = options[options.length - 1];
		if (!last) throw new RangeError('weighted choice without options');
		return last[0];
	}

	/** `count` distinct elements of a list (fewer when the list is shorter), in random order. */
	sample<T>(items: readonly T[], count: number): T[] {
		const copy = [...items];
		const n = Math.min(count, copy.length);
		for (let i = 0; i < n; i += 1) {
			const j = i + Math.floor(this.#next() * (copy.length - i));
			[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
		}
		return copy.slice(0, n);
	}

	/** The list shuffled (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[] {
		return this.sample(items, items.length);
	}

	/** A random version-4 UUID: demo ids look like the app's real random ids. */
	uuid(): string {
		const words = [this.#word(), this.#word(), this.#word(), this.#word()];
		const [a = 0, b = 0, c = 0, d = 0] = words;
		const hex = (value: number, length: number) => value.toString(16).padStart(length, '0');
		return (
			`${hex(a, 8)}-${hex(b >>> 16, 4)}-${hex(0x4000 | (b & 0x0fff), 4)}-` +
			`${hex(0x8000 | (c >>> 18), 4)}-${hex(c & 0xffff, 4)}${hex(d, 8)}`
		);
	}

	#word(): number {
		return Math.floor(this.#next() * 4_294_967_296);
	}
}
