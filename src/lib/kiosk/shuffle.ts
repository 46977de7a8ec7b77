/** A uniform random integer below `bound`, from the Web Crypto generator. */
function randomBelow(bound: number): number {
	const limit = Math.floor(0x1_0000_0000 / bound) * bound;
	const value = new Uint32Array(1);
	do crypto.getRandomValues(value);
	while ((value[0] ?? 0) >= limit);
	return (value[0] ?? 0) % bound;
}

/**
 * A shuffled copy (Fisher–Yates). Focus-group answers are shown in random order so the
 * screen never hints at who answered when.
 */
export function shuffled<T>(
	list: readonly T[],
	below: (bound: number) => number = randomBelow
): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i -= 1) {
		const j = below(i + 1);
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

/**
 * A random order that stays put: each key gets a random rank the first time it is seen,
 * so answers do not jump around when the page redraws, yet never follow submission order.
 */
export function stableShuffle<T>(keyOf: (item: T) => string): (list: readonly T[]) => T[] {
	const ranks = new Map<string, number>();
	const rank = (key: string) => {
		let value = ranks.get(key);
		if (value === undefined) {
			value = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
			ranks.set(key, value);
		}
		return value;
	};
	return (list) => [...list].sort((a, b) => rank(keyOf(a)) - rank(keyOf(b)));
}
