import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

// Only what the report draws: horizontal bars for breakdowns, one line for the months, a
// legend for the years of a project period in the Word export.
// Static named imports here, and a dynamic import of this file, keep the rest of Chart.js
// out of the bundle and all of it off every page but the report.
Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Legend,
	Tooltip
);

export { Chart };
