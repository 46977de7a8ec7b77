import type { Contact } from '$lib/domain/contact.schema';
import type { Session } from '$lib/domain/session.schema';
import type { ExactActivity } from './exact-report.schema';
import { profileFlags, type Visitor } from './visitors';
import type { CategoryList } from './taxonomy-index';

interface ActivityTally {
	order: number;
	sessions: number;
	sessionAttendance: number;
	contacts: number;
	anonymousContacts: number;
	persons: Set<Visitor>;
}

/**
 * Per-activity figures, keyed by label so that two items with the same label (and the
 * reports of other devices) add up alike. Only activities with a session or contact appear.
 */
export class ActivityFigures {
	readonly #activities: CategoryList;
	readonly #byLabel = new Map<string, ActivityTally>();
	readonly #byId = new Map<string, ActivityTally>();

	constructor(activities: CategoryList) {
		this.#activities = activities;
	}

	#tallyOf(activityId: string): ActivityTally {
		const cached = this.#byId.get(activityId);
		if (cached) return cached;
		const label = this.#activities.labelOf(activityId);
		const order = this.#activities.orderOf(activityId);
		const tally = this.#byLabel.get(label) ?? {
			order,
			sessions: 0,
			sessionAttendance: 0,
			contacts: 0,
			anonymousContacts: 0,
			persons: new Set<Visitor>()
		};
		tally.order = Math.min(tally.order, order);
		this.#byLabel.set(label, tally);
		this.#byId.set(activityId, tally);
		return tally;
	}

	/** Counts a contact in the period: one attendance, and its person or anonymous visitor. */
	addContact(contact: Contact, visitor: Visitor | null): void {
		const tally = this.#tallyOf(contact.activityId);
		tally.contacts += 1;
		if (visitor === null) tally.anonymousContacts += 1;
		else tally.persons.add(visitor);
	}

	/** Counts a session in the period; a person listed twice in one session attends once. */
	addSession(session: Session, attendees: ReadonlySet<Visitor>): void {
		const tally = this.#tallyOf(session.activityId);
		tally.sessions += 1;
		tally.sessionAttendance += attendees.size + session.anonymousCount;
		for (const visitor of attendees) tally.persons.add(visitor);
	}

	/** The activities of the exact report, in taxonomy order, then by label. */
	result(): ExactActivity[] {
		const result = [...this.#byLabel].map(([activity, tally]) => summarise(activity, tally));
		return result.sort(compareActivities);
	}
}

/** Orders activities by taxonomy order, then label, so merged and combined reports agree. */
export function compareActivities(a: ExactActivity, b: ExactActivity): number {
	return a.order - b.order || (a.activity < b.activity ? -1 : a.activity > b.activity ? 1 : 0);
}

function summarise(activity: string, tally: ActivityTally): ExactActivity {
	const figures = {
		newParticipants: 0,
		women: 0,
		foreignOrigin: 0,
		dutchNotHomeLanguage: 0,
		knownToSocialService: 0
	};
	for (const visitor of tally.persons) {
		const flags = profileFlags(visitor.profile);
		if (visitor.isNew) figures.newParticipants += 1;
		if (flags.woman) figures.women += 1;
		if (flags.foreignOrigin) figures.foreignOrigin += 1;
		if (flags.dutchNotHomeLanguage) figures.dutchNotHomeLanguage += 1;
		if (flags.knownToSocialService) figures.knownToSocialService += 1;
	}
	return {
		activity,
		order: tally.order,
		sessions: tally.sessions,
		sessionAttendance: tally.sessionAttendance,
		attendance: tally.sessionAttendance + tally.contacts,
		uniqueParticipants: tally.persons.size + tally.anonymousContacts,
		...figures
	};
}
