import { unknownProfile, type Person, type PersonProfile } from '$lib/domain/person.schema';
import { inPeriod, type Period } from './period';

/** A registered person present in the period, with what the figures need to know of them. */
export interface Visitor {
	readonly id: string;
	profile: PersonProfile;
	firstContact: string | null;
	isNew: boolean;
	/** The Stek-functies of their contacts in the period (see StekCategories). */
	functions: Set<string>;
}

/**
 * The registered persons present in the period, one slot each, so that figures count
 * distinct persons with one lookup per record and read profiles without further lookups.
 */
export class Visitors {
	readonly #byId = new Map<string, Visitor>();

	/** Marks a person as present and returns their slot. */
	see(id: string): Visitor {
		let visitor = this.#byId.get(id);
		if (!visitor) {
			visitor = {
				id,
				profile: unknownProfile,
				firstContact: null,
				isNew: false,
				functions: new Set()
			};
			this.#byId.set(id, visitor);
		}
		return visitor;
	}

	/** How many distinct registered persons are present. */
	get size(): number {
		return this.#byId.size;
	}

	/** Every present person. */
	values(): IterableIterator<Visitor> {
		return this.#byId.values();
	}

	/**
	 * Attaches profiles and decides who is new: the effective first contact
	 * (`firstContact`, else the earliest contact or attended session) lies in the period.
	 * For someone present without `firstContact`, that means "not seen before the period".
	 * An id without a person record keeps an unknown profile.
	 */
	settle(persons: readonly Person[], seenBefore: ReadonlySet<string>, period: Period): void {
		for (const person of persons) {
			const visitor = this.#byId.get(person.id);
			if (!visitor) continue;
			visitor.profile = person;
			visitor.firstContact = person.firstContact;
		}
		for (const visitor of this.#byId.values())
			visitor.isNew =
				visitor.firstContact !== null
					? inPeriod(visitor.firstContact, period)
					: !seenBefore.has(visitor.id);
	}
}

/** The per-person flags that activity figures count among distinct registered persons. */
export function profileFlags(profile: PersonProfile) {
	return {
		woman: profile.gender === 'vrouw',
		foreignOrigin: profile.origin === 'EU' || profile.origin === 'niet-EU',
		dutchNotHomeLanguage: profile.dutchHomeLanguage === 'nee',
		knownToSocialService: profile.knownToSocialService === 'ja'
	};
}
