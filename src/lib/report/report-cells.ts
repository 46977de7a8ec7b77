import type { CountCell, RateCell, ReportActivity, StekboekReport } from './report.schema';

/** A count of an exported report with where it sits, for checks and tests. */
export interface CellRef<T> {
	path: string;
	value: T;
}

/** Every breakdown of a report (each by…, inputsByTheme, contactsByMonth), by path. */
export function breakdownsOf(report: StekboekReport): CellRef<Record<string, CountCell>>[] {
	const { reach, helpRequests: help, signals } = report;
	return [
		{ path: 'reach.byGender', value: reach.byGender },
		{ path: 'reach.byAgeBand', value: reach.byAgeBand },
		{ path: 'reach.byHousehold', value: reach.byHousehold },
		{ path: 'reach.byOrigin', value: reach.byOrigin },
		{ path: 'reach.byDutchHomeLanguage', value: reach.byDutchHomeLanguage },
		{ path: 'helpRequests.byTheme', value: help.byTheme },
		{ path: 'helpRequests.byApproach', value: help.byApproach },
		{ path: 'helpRequests.byReferral', value: help.byReferral },
		{ path: 'helpRequests.byActivity', value: help.byActivity },
		{ path: 'helpRequests.byStatus', value: help.byStatus },
		{ path: 'signals.byTheme', value: signals.byTheme },
		{ path: 'signals.byStatus', value: signals.byStatus },
		{ path: 'signals.byForum', value: signals.byForum },
		{ path: 'focusGroups.inputsByTheme', value: report.focusGroups.inputsByTheme },
		{ path: 'contactsByMonth', value: report.contactsByMonth }
	];
}

/** The counts of one activity (its average attendance is a rate, its name a label). */
export const activityCountNames = [
	'sessions',
	'attendance',
	'uniqueParticipants',
	'newParticipants',
	'women',
	'foreignOrigin',
	'dutchNotHomeLanguage',
	'knownToSocialService'
] as const satisfies readonly (keyof ReportActivity)[];

/** Every count of a report: single figures, activity figures and breakdown cells. */
export function countCellsOf(report: StekboekReport): CellRef<CountCell>[] {
	const { reach, helpRequests: help, outreach, focusGroups: focus } = report;
	const singles: Record<string, CountCell> = {
		'reach.uniqueContacts': reach.uniqueContacts,
		'reach.newContacts': reach.newContacts,
		'reach.knownToSocialService': reach.knownToSocialService,
		'helpRequests.total': help.total,
		'helpRequests.signals': help.signals,
		'outreach.rounds': outreach.rounds,
		'outreach.addressesVisited': outreach.addressesVisited,
		'outreach.conversations': outreach.conversations,
		'outreach.newPeopleReached': outreach.newPeopleReached,
		'signals.total': report.signals.total,
		'focusGroups.sessions': focus.sessions,
		'focusGroups.headcount': focus.headcount,
		'focusGroups.inputs': focus.inputs
	};
	const cells = Object.entries(singles).map(([path, value]) => ({ path, value }));
	for (const [i, activity] of report.activities.entries())
		for (const name of activityCountNames)
			cells.push({ path: `activities[${i}].${name}`, value: activity[name] });
	for (const breakdown of breakdownsOf(report))
		for (const [label, value] of Object.entries(breakdown.value))
			cells.push({ path: `${breakdown.path}[${label}]`, value });
	return cells;
}

/** Every average or share of a report. */
export function rateCellsOf(report: StekboekReport): CellRef<RateCell>[] {
	const cells: CellRef<RateCell>[] = [];
	const push = (path: string, value: RateCell | undefined) => {
		if (value !== undefined) cells.push({ path, value });
	};
	push('outreach.responseRate', report.outreach.responseRate);
	for (const [i, activity] of report.activities.entries())
		push(`activities[${i}].averageAttendance`, activity.averageAttendance);
	for (const [prompt, mean] of Object.entries(report.focusGroups.meanRatingByPrompt))
		push(`focusGroups.meanRatingByPrompt[${prompt}]`, mean);
	return cells;
}

/** Ways in which a report breaks disclosure control; empty when it keeps every rule. */
export function disclosureProblems(report: StekboekReport): string[] {
	const k = report.threshold;
	const marker = `<${k}`;
	const problems: string[] = [];
	for (const { path, value } of [...countCellsOf(report), ...rateCellsOf(report)])
		if (typeof value === 'string' && value !== marker)
			problems.push(`${path}: ${value} is not ${marker}`);
	for (const { path, value } of countCellsOf(report))
		if (typeof value === 'number' && value > 0 && value < k)
			problems.push(`${path}: ${value} is below ${k}`);
	for (const { path, value } of breakdownsOf(report)) {
		const cells = Object.values(value);
		const suppressed = cells.filter((cell) => typeof cell === 'string').length;
		if (suppressed === 1 && cells.some((cell) => typeof cell === 'number' && cell > 0))
			problems.push(`${path}: one suppressed cell could be derived from the others`);
	}
	return problems;
}
