import { aggregateReport } from '$lib/report/year-report';
import { generateDemoData } from '$lib/demo/demo-data';
import {
	applyDisclosureControl,
	applyProjectDisclosureControl
} from '$lib/report/disclosure-control';
import { yearPeriod, type Period } from '$lib/report/period';
import { demoOfSize } from './demo-records';
import { summarize, time } from './stats';

/** The year report (aggregate + disclosure control) over a vault of about `target` records. */
export async function benchReport(target: number) {
	const { data, changes } = demoOfSize(target);
	const input = { ...data, period: yearPeriod(2022), language: 'nl' as const };
	applyDisclosureControl(aggregateReport(input), 5);
	const samples: number[] = [];
	for (let run = 0; run < 5; run++) {
		samples.push(await time(() => applyDisclosureControl(aggregateReport(input), 5)));
	}
	return { records: changes.length, ...summarize(samples) };
}

/**
 * Disclosure control v2 over the demo data: how many cells the 2022 export hides at k = 5
 * (v1 hid 66, measured before v2 replaced it), and the time of the whole protection with
 * its audit over a project period of the three demo years.
 */
export async function benchDisclosure() {
	const data = generateDemoData();
	const exactOf = (period: Period) => aggregateReport({ ...data, period, language: 'nl' });
	const exported = JSON.stringify(applyDisclosureControl(exactOf(yearPeriod(2022)), 5));
	const years = [2021, 2022, 2023].map((year) => exactOf(yearPeriod(year)));
	const total = exactOf({ from: '2021-01-01', to: '2023-12-31' });
	const samples: number[] = [];
	for (let run = 0; run < 5; run++)
		samples.push(await time(() => applyProjectDisclosureControl({ years, total }, 5)));
	return {
		demo2022HiddenV2: exported.split('"x"').length - 1,
		demo2022HiddenV1: 66,
		projectPeriod3YearsMs: summarize(samples)
	};
}
