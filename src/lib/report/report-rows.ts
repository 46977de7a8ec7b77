import type { ReportMessageKey } from '$lib/i18n/catalog/report';
import type { ReportLanguage } from './report-input';
import type { CountCell, RateCell, StekboekReport } from './report.schema';
import { reportText } from './report-text';

/** One figure of an exported report: section, figure, category (may be empty), value. */
export interface ReportRow {
	section: string;
	figure: string;
	category: string;
	value: CountCell | RateCell | string;
}

/** The names after a key prefix of the report catalog, e.g. `uniqueContacts`. */
type KeysAfter<Prefix extends string, Key = ReportMessageKey> = Key extends `${Prefix}${infer Name}`
	? Name
	: never;
type SectionKey = KeysAfter<'report.section.'>;
type Figure = KeysAfter<'report.figure.'>;

/**
 * The figures of a report as rows, in the order of the JSON, with section and figure names
 * in the report's language. Drives the CSV export; holds only what the JSON holds.
 */
export function reportRows(report: StekboekReport, language: ReportLanguage): ReportRow[] {
	const rows: ReportRow[] = [];
	const add = (section: SectionKey, figure: Figure, category: string, value: ReportRow['value']) =>
		rows.push({
			section: reportText(language, `report.section.${section}`),
			figure: reportText(language, `report.figure.${figure}`),
			category,
			value
		});
	const addAll = (
		section: SectionKey,
		figures: Partial<Record<Figure, ReportRow['value']>>,
		category = ''
	) => {
		for (const [figure, value] of Object.entries(figures) as [Figure, ReportRow['value']][])
			add(section, figure, category, value);
	};
	type Cells = Record<string, CountCell | RateCell>;
	const addBreakdowns = (section: SectionKey, breakdowns: Partial<Record<Figure, Cells>>) => {
		for (const [figure, cells] of Object.entries(breakdowns) as [Figure, Cells][])
			for (const [category, value] of Object.entries(cells)) add(section, figure, category, value);
	};
	const { reach, helpRequests: help, outreach, signals, focusGroups: focus } = report;
	const { from, to } = report.period;
	addAll('meta', {
		periodFrom: from,
		periodTo: to,
		threshold: report.threshold,
		sources: report.sources
	});
	const { byGender, byAgeBand, byHousehold, byOrigin, byDutchHomeLanguage, ...reachCounts } = reach;
	addAll('reach', reachCounts);
	addBreakdowns('reach', { byGender, byAgeBand, byHousehold, byOrigin, byDutchHomeLanguage });
	const { byTheme, byApproach, byReferral, byActivity, byStatus, ...helpCounts } = help;
	addAll('helpRequests', helpCounts);
	addBreakdowns('helpRequests', { byTheme, byApproach, byReferral, byActivity, byStatus });
	for (const { activity, ...figures } of report.activities) addAll('activities', figures, activity);
	addAll('outreach', outreach);
	const { byTheme: signalThemes, byStatus: signalStatus, byForum, ...signalCounts } = signals;
	addAll('signals', signalCounts);
	addBreakdowns('signals', { byTheme: signalThemes, byStatus: signalStatus, byForum });
	const { inputsByTheme, meanRatingByPrompt, ...focusCounts } = focus;
	addAll('focusGroups', focusCounts);
	addBreakdowns('focusGroups', { inputsByTheme, meanRatingByPrompt });
	addBreakdowns('contactsByMonth', { contacts: report.contactsByMonth });
	return rows;
}
