import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

// Only what the report draws: horizontal bars for breakdowns, one line for the months.
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
	Tooltip
);

export { Chart };
