import { ActivityFigures } from './activity-figures';
import type { ExactReport } from './exact-report.schema';
import { focusFigures } from './focus-figures';
import { HelpRequestFigures } from './help-request-figures';
import { MonthCounts } from './month-counts';
import { outreachFigures } from './outreach-figures';
import { periodSchema } from './period';
import { reachFigures } from './reach-figures';
import type { ReportInput } from './report-input';
import { signalFigures } from './signal-figures';
import { StekCategories } from './stek-categories';
import { indexTaxonomy } from './taxonomy-index';
import { Visitors, type Visitor } from './visitors';

/**
 * The exact report of one device for a period: every figure of SPEC "Derived figures",
 * labelled in the given language, with the components that merging needs. One pass over
 * each kind of record; throws a RangeError when the period is not a valid period.
 */
export function aggregateReport(input: ReportInput): ExactReport {
	const checked = periodSchema.safeParse(input.period);
	if (!checked.success) throw new RangeError(`Invalid report period: ${checked.error.message}`);
	const { period, language } = input;
	const { from, to } = period;
	const index = indexTaxonomy(input.taxonomy, language);
	const present = new Visitors();
	const seenBefore = new Set<string>();
	const anonymousFunctions: string[] = [];
	const activities = new ActivityFigures(index.activities);
	const helpRequests = new HelpRequestFigures(index, language);
	const contactsByMonth = new MonthCounts(period);

	for (const contact of input.contacts) {
		const { date, personId } = contact;
		if (date < from) {
			if (personId !== null) seenBefore.add(personId);
			continue;
		}
		if (date > to) continue;
		const visitor = personId === null ? null : present.see(personId);
		const stekFunction = StekCategories.functionOf(contact.function);
		if (visitor === null) anonymousFunctions.push(stekFunction);
		else visitor.functions.add(stekFunction);
		activities.addContact(contact, visitor);
		helpRequests.addContact(contact, visitor);
		contactsByMonth.add(date);
	}
	for (const session of input.sessions) {
		if (session.date < from) for (const id of session.attendeeIds) seenBefore.add(id);
		if (session.date < from || session.date > to) continue;
		const attendees = new Set<Visitor>();
		for (const id of session.attendeeIds) attendees.add(present.see(id));
		activities.addSession(session, attendees);
	}
	present.settle(input.persons, seenBefore, period);
	return {
		format: 'stekboek-exact-report',
		version: 1,
		period: { from, to },
		language,
		sources: 1,
		reach: reachFigures(present, anonymousFunctions, new StekCategories(index, language), language),
		helpRequests: helpRequests.result(),
		activities: activities.result(),
		outreach: outreachFigures(input.outreach, period),
		signals: signalFigures(input.signals, index, period, language),
		focusGroups: focusFigures(
			input.focusSessions,
			input.focusInputs,
			index.themes,
			period,
			language
		),
		contactsByMonth: contactsByMonth.toRecord()
	};
}
