/** Median and 95th percentile of a list of timings, in milliseconds, rounded to 0.1. */
export function summarize(samples: number[]): { median: number; p95: number; runs: number } {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
	return { median: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}

export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Runs `body` and returns how long it took, in milliseconds. */
export async function time(body: () => unknown): Promise<number> {
	const started = performance.now();
	await body();
	return performance.now() - started;
}
