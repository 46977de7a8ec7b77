import { ageBands, genders, households, origins, yesNoUnknown } from '$lib/domain/person.schema';
import type { ExactReport } from './exact-report.schema';
import type { ReportLanguage } from './report-input';
import { valueLabel } from './report-text';
import { NO_FUNCTION, type StekCategories } from './stek-categories';
import { Tally } from './tally';
import type { Visitors } from './visitors';

const UNKNOWN = 'onbekend';

/**
 * Reach: registered persons present plus one per anonymous contact. Anonymous contacts
 * count as unknown in every profile breakdown, so each breakdown sums to unique contacts.
 * Cells are counted under the domain value and labelled once at the end. By Stek-functie a
 * person counts once under each function of their contacts (or under none).
 */
export function reachFigures(
	present: Visitors,
	anonymousFunctions: readonly string[],
	categories: StekCategories,
	language: ReportLanguage
): ExactReport['reach'] {
	const anonymousContacts = anonymousFunctions.length;
	const byGender = new Tally(genders);
	const byAgeBand = new Tally(ageBands);
	const byHousehold = new Tally(households);
	const byOrigin = new Tally(origins);
	const byDutchHomeLanguage = new Tally(yesNoUnknown);
	let newContacts = 0;
	let knownToSocialService = 0;
	for (const { profile, isNew, functions } of present.values()) {
		if (isNew) newContacts += 1;
		if (profile.knownToSocialService === 'ja') knownToSocialService += 1;
		byGender.add(profile.gender);
		byAgeBand.add(profile.ageBand);
		byHousehold.add(profile.household);
		byOrigin.add(profile.origin);
		byDutchHomeLanguage.add(profile.dutchHomeLanguage);
		categories.addProfile(profile);
		categories.byFunction.addEach(functions.size > 0 ? functions : [NO_FUNCTION]);
	}
	for (const stekFunction of anonymousFunctions) {
		categories.byFunction.add(stekFunction);
		categories.addProfile(null);
	}
	const tallies = { byGender, byAgeBand, byHousehold, byOrigin, byDutchHomeLanguage };
	for (const tally of Object.values(tallies)) tally.add(UNKNOWN, anonymousContacts);
	const label = (value: string) => valueLabel(value, language);
	return {
		uniqueContacts: present.size + anonymousContacts,
		newContacts,
		knownToSocialService,
		byGender: byGender.toRecord(label),
		byAgeBand: byAgeBand.toRecord(label),
		byHousehold: byHousehold.toRecord(label),
		byOrigin: byOrigin.toRecord(label),
		byDutchHomeLanguage: byDutchHomeLanguage.toRecord(label),
		...categories.result()
	};
}
