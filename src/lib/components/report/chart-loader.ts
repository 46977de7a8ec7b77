import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | undefined;

/**
 * Chart.js with the report's controllers registered, loaded on first use so that no other
 * page pays for it. A failed load is not memoised, so opening the page again retries.
 */
export function loadChart(): Promise<typeof Chart> {
	loading ??= import('./chart-setup').then(
		(module) => module.Chart,
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}
