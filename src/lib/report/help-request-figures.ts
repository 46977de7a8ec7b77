import { helpRequestStatuses, type Contact } from '$lib/domain/contact.schema';
import type { ExactReport } from './exact-report.schema';
import type { ReportLanguage } from './report-input';
import { valueLabel } from './report-text';
import { Tally } from './tally';
import type { TaxonomyIndex } from './taxonomy-index';

/**
 * Counts the help requests of contacts in the period. A request with two themes counts
 * once under each theme and once in the total; approaches and referrals likewise.
 */
export class HelpRequestFigures {
	readonly #index: TaxonomyIndex;
	readonly #language: ReportLanguage;
	#total = 0;
	#signals = 0;
	readonly #byTheme: Tally;
	readonly #byApproach: Tally;
	readonly #byReferral: Tally;
	readonly #byActivity: Tally;
	readonly #byStatus: Tally;

	constructor(index: TaxonomyIndex, language: ReportLanguage) {
		this.#index = index;
		this.#language = language;
		this.#byTheme = index.themes.tally();
		this.#byApproach = index.approaches.tally();
		this.#byReferral = index.referrals.tally();
		this.#byActivity = index.activities.tally();
		this.#byStatus = new Tally(helpRequestStatuses);
	}

	/** Counts every help request of a contact that lies in the period. */
	addContact(contact: Contact): void {
		if (contact.helpRequests.length === 0) return;
		const { activities, themes, approaches, referrals } = this.#index;
		this.#byActivity.add(activities.labelOf(contact.activityId), contact.helpRequests.length);
		for (const request of contact.helpRequests) {
			this.#total += 1;
			if (request.isSignal) this.#signals += 1;
			this.#byStatus.add(request.status);
			this.#byTheme.addIds(request.themeIds, themes.labelOf);
			this.#byApproach.addIds(request.approachIds, approaches.labelOf);
			this.#byReferral.addIds(request.referralIds, referrals.labelOf);
		}
	}

	/** The help-request section of the exact report. */
	result(): ExactReport['helpRequests'] {
		return {
			total: this.#total,
			signals: this.#signals,
			byTheme: this.#byTheme.toRecord(),
			byApproach: this.#byApproach.toRecord(),
			byReferral: this.#byReferral.toRecord(),
			byActivity: this.#byActivity.toRecord(),
			byStatus: this.#byStatus.toRecord((status) => valueLabel(status, this.#language))
		};
	}
}
