import { generateDemoData } from '$lib/demo/demo-data';
import type { TeamInvitation } from '$lib/domain/team-invitation.schema';
import type { ExactReport } from '$lib/report/exact-report.schema';
import { yearPeriod } from '$lib/report/period';
import { aggregateReport } from '$lib/report/year-report';
import { makeInvitation, readInvitation, type LoadedInvitation } from '$lib/team/team-invitation';

/** A realistic exact report: the demo data of one year (about 200 contacts in 2022). */
export function sampleExactReport(year = 2022): ExactReport {
	const data = generateDemoData();
	return aggregateReport({ ...data, period: yearPeriod(year), language: 'nl' });
}

/** A fresh invitation for a year: the record the merger keeps and what a colleague loads. */
export async function testInvitation(
	year = 2022
): Promise<{ record: TeamInvitation; loaded: LoadedInvitation }> {
	const { record, file } = await makeInvitation(yearPeriod(year), `Team ${year}`);
	return { record, loaded: await readInvitation(file) };
}
