import type { ChartConfiguration, Plugin, Scale } from 'chart.js';

/** The chart colour: the app's primary green, dark enough to print in grey as well. */
const BAR_COLOR = '#1f5f4a';
const GRID_COLOR = '#d9ddd6';

/** Height in CSS pixels of a bar chart: one row per category, so long lists stay readable. */
export function barChartHeight(categories: number): number {
	return 40 + 26 * Math.max(categories, 1);
}

/** Longest category label on an axis; the table next to the chart holds the full text. */
const MAX_LABEL_CHARS = 26;

/** A label cut to fit beside the bars, keeping a `(<5)` marker at its end visible. */
export function shortLabel(label: string): string {
	if (label.length <= MAX_LABEL_CHARS) return label;
	const marker = / \(<\d+\)$/.exec(label)?.[0] ?? '';
	return `${label.slice(0, MAX_LABEL_CHARS - marker.length - 1).trimEnd()}…${marker}`;
}

/** Height of the month line chart. */
export const LINE_CHART_HEIGHT = 220;

/** Marks the canvas once drawn, so a test or benchmark can wait for every chart. */
const renderedMark: Plugin = {
	id: 'stekboek-rendered',
	afterRender(chart) {
		chart.canvas.dataset['rendered'] = 'true';
	}
};

/**
 * The configuration of one report chart. No animation: the page must be complete at once
 * for print, and motion adds nothing to a year report. Suppressed cells come in as null,
 * so they draw no bar; the axis label says `x` instead.
 */
export function chartConfig(
	kind: 'bar' | 'line',
	labels: string[],
	values: (number | null)[]
): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
	const font = { size: 13 };
	const numberTicks = { precision: 0, color: '#1d2320', font };
	const labelTicks = {
		autoSkip: kind === 'line',
		color: '#1d2320',
		font,
		callback(this: Scale, value: string | number) {
			return shortLabel(this.getLabelForValue(Number(value)));
		}
	};
	return {
		type: kind,
		data: {
			labels,
			datasets: [
				{
					data: values,
					backgroundColor: BAR_COLOR,
					borderColor: BAR_COLOR,
					borderWidth: kind === 'line' ? 2 : 0,
					pointRadius: 3,
					spanGaps: false
				}
			]
		},
		options: {
			indexAxis: kind === 'bar' ? 'y' : 'x',
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			plugins: { tooltip: { enabled: true } },
			scales:
				kind === 'bar'
					? {
							x: { beginAtZero: true, ticks: numberTicks, grid: { color: GRID_COLOR } },
							y: { ticks: labelTicks, grid: { display: false } }
						}
					: {
							x: { ticks: labelTicks, grid: { display: false } },
							y: { beginAtZero: true, ticks: numberTicks, grid: { color: GRID_COLOR } }
						}
		},
		plugins: [renderedMark]
	};
}
