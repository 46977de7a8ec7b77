import { helpRequestStatuses, type Contact } from '$lib/domain/contact.schema';
import type { ExactReport } from './exact-report.schema';
import type { ReportLanguage } from './report-input';
import { valueLabel } from './report-text';
import { StekCategories } from './stek-categories';
import { Tally } from './tally';
import type { TaxonomyIndex } from './taxonomy-index';
import type { Visitor } from './visitors';

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
	readonly #categories: StekCategories;
	/** Requests per registered person (null: anonymous), counted by profile at the end. */
	readonly #perVisitor = new Map<Visitor | null, number>();

	constructor(index: TaxonomyIndex, language: ReportLanguage) {
		this.#index = index;
		this.#language = language;
		this.#byTheme = index.themes.tally();
		this.#byApproach = index.approaches.tally();
		this.#byReferral = index.referrals.tally();
		this.#byActivity = index.activities.tally();
		this.#byStatus = new Tally(helpRequestStatuses);
		this.#categories = new StekCategories(index, language);
	}

	/** Counts every help request of a contact that lies in the period. */
	addContact(contact: Contact, visitor: Visitor | null): void {
		const requests = contact.helpRequests.length;
		if (requests === 0) return;
		const { activities, themes, approaches, referrals } = this.#index;
		this.#byActivity.add(activities.labelOf(contact.activityId), requests);
		this.#categories.byFunction.add(StekCategories.functionOf(contact.function), requests);
		this.#perVisitor.set(visitor, (this.#perVisitor.get(visitor) ?? 0) + requests);
		for (const request of contact.helpRequests) {
			this.#total += 1;
			if (request.isSignal) this.#signals += 1;
			this.#byStatus.add(request.status);
			this.#byTheme.addIds(request.themeIds, themes.labelOf);
			this.#byApproach.addIds(request.approachIds, approaches.labelOf);
			this.#byReferral.addIds(request.referralIds, referrals.labelOf);
		}
	}

	/** The help-request section of the exact report; profiles must be settled first. */
	result(): ExactReport['helpRequests'] {
		for (const [visitor, requests] of this.#perVisitor)
			this.#categories.addProfile(visitor?.profile ?? null, requests);
		return {
			total: this.#total,
			signals: this.#signals,
			byTheme: this.#byTheme.toRecord(),
			byApproach: this.#byApproach.toRecord(),
			byReferral: this.#byReferral.toRecord(),
			byActivity: this.#byActivity.toRecord(),
			byStatus: this.#byStatus.toRecord((status) => valueLabel(status, this.#language)),
			...this.#categories.result()
		};
	}
}
