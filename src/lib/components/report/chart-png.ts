import type { ChartImage } from '$lib/report/document/docx-writer';
import type { ReportChartBlock } from '$lib/report/document/report-document';
import { barChartHeight, chartConfig, LINE_CHART_HEIGHT } from './chart-config';
import { loadChart } from './chart-loader';

/** Width of a chart on an A4 page in CSS pixels (about 16 cm at 96 per inch). */
const PAGE_WIDTH = 600;
/** Pixels drawn per CSS pixel: 3 gives about 290 dpi on paper, crisp in print. */
const PRINT_SCALE = 3;
/** One colour per year, dark enough to tell apart in grey. */
const SERIES_COLORS = ['#9cc5b4', '#4f9478', '#1f5f4a', '#0d3326', '#c98f2c'];

/** The chart being drawn: charts are drawn one at a time, each after a yield to the page. */
let queue: Promise<unknown> = Promise.resolve();

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Draws a document chart with Chart.js on a detached canvas at print resolution and
 * returns it as PNG, for the Word export: one series (a year) per colour, with a legend
 * when there are several. Hidden values are null and draw nothing.
 */
export function renderChartPng(block: ReportChartBlock): Promise<ChartImage | null> {
	// One at a time, so forty print charts never hold the page for long in one go.
	const drawn = queue.then(nextTask).then(() => drawChart(block));
	queue = drawn.catch(() => null);
	return drawn;
}

async function drawChart(block: ReportChartBlock): Promise<ChartImage | null> {
	const Chart = await loadChart();
	const height = block.chart === 'bar' ? barChartHeight(block.labels.length) : LINE_CHART_HEIGHT;
	const canvas = document.createElement('canvas');
	canvas.width = PAGE_WIDTH;
	canvas.height = height;
	const config = chartConfig(block.chart, block.labels, block.series[0]?.values ?? []);
	const many = block.series.length > 1;
	config.data.datasets = block.series.map((series, i) => {
		const color = many ? (SERIES_COLORS[i % SERIES_COLORS.length] ?? '#1f5f4a') : '#1f5f4a';
		return {
			...config.data.datasets[0],
			label: series.label,
			data: series.values,
			backgroundColor: color,
			borderColor: color
		};
	});
	config.options = {
		...config.options,
		responsive: false,
		devicePixelRatio: PRINT_SCALE,
		plugins: { legend: { display: many }, tooltip: { enabled: false } }
	};
	const chart = new Chart(canvas, config);
	try {
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) return null;
		return { png: new Uint8Array(await blob.arrayBuffer()), width: PAGE_WIDTH, height };
	} finally {
		chart.destroy();
	}
}
