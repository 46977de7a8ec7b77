import { stekFunctions, type StekFunction } from '$lib/domain/contact.schema';
import { intakes, type PersonProfile } from '$lib/domain/person.schema';
import type { ReportLanguage } from './report-input';
import { reportText, valueLabel } from './report-text';
import { Tally } from './tally';
import type { TaxonomyIndex } from './taxonomy-index';

/** The code under which contacts without a Stek-functie are counted. */
export const NO_FUNCTION = 'no-function';

/**
 * The three breakdowns issue 14 adds to reach and help requests: by Stek-functie (of the
 * contact), by aanmelding (the person's intake, Quickscan parameter 2) and by area (wijk).
 * Every category appears, zero included; a missing function or area has its own cell, so
 * intake and area breakdowns sum to their total. Counted under codes, labelled at the end.
 */
export class StekCategories {
	readonly #language: ReportLanguage;
	readonly #index: TaxonomyIndex;
	readonly byFunction = new Tally([...stekFunctions, NO_FUNCTION]);
	readonly byIntake = new Tally(intakes);
	readonly byArea: Tally;

	constructor(index: TaxonomyIndex, language: ReportLanguage) {
		this.#index = index;
		this.#language = language;
		this.byArea = index.areas.tally();
		this.byArea.add(reportText(language, 'report.category.noArea'), 0);
	}

	/** The cell of a contact's Stek-functie. */
	static functionOf(fn: StekFunction | null): string {
		return fn ?? NO_FUNCTION;
	}

	/** Counts `amount` under a person's intake and area (anonymous: unknown and no area). */
	addProfile(profile: Pick<PersonProfile, 'intake' | 'areaId'> | null, amount = 1): void {
		this.byIntake.add(profile?.intake ?? 'onbekend', amount);
		const areaId = profile?.areaId ?? null;
		const area =
			areaId === null
				? reportText(this.#language, 'report.category.noArea')
				: this.#index.areas.labelOf(areaId);
		this.byArea.add(area, amount);
	}

	/** The three breakdowns, labelled in the report's language. */
	result(): {
		byFunction: Record<string, number>;
		byIntake: Record<string, number>;
		byArea: Record<string, number>;
	} {
		const language = this.#language;
		return {
			byFunction: this.byFunction.toRecord((code) =>
				code === NO_FUNCTION
					? reportText(language, 'report.category.noFunction')
					: valueLabel(code, language)
			),
			byIntake: this.byIntake.toRecord((code) => valueLabel(code, language)),
			byArea: this.byArea.toRecord()
		};
	}
}
