import { aggregateReport } from '$lib/report/year-report';
import { applyDisclosureControl } from '$lib/report/disclosure-control';
import { yearPeriod } from '$lib/report/period';
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
