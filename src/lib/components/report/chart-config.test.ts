import { describe, expect, it } from 'vitest';
import { barChartHeight, chartConfig, shortLabel } from './chart-config';

describe('chart config', () => {
	it('cuts long labels and keeps the suppression marker visible', () => {
		expect(shortLabel('Huisbezoek')).toBe('Huisbezoek');
		const long = 'Jongerenzorg (Fietsbieb, Speelspook, Boetieksjiek)';
		expect(shortLabel(long).length).toBeLessThanOrEqual(26);
		expect(shortLabel(`${long} (<5)`)).toMatch(/… \(<5\)$/);
		expect(shortLabel(`${long} (<5)`).length).toBeLessThanOrEqual(26);
	});

	it('draws suppressed cells as gaps and gives each category its own row', () => {
		const config = chartConfig('bar', ['a', 'b (<5)'], [12, null]);
		expect(config.data.datasets[0]?.data).toEqual([12, null]);
		expect(config.options?.animation).toBe(false);
		expect(barChartHeight(10)).toBeGreaterThan(barChartHeight(2));
	});
});
