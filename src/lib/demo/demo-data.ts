import type { Contact } from '$lib/domain/contact.schema';
import type { FocusInput, FocusSession } from '$lib/domain/focus.schema';
import type { OutreachRound } from '$lib/domain/outreach.schema';
import type { Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { focusActivitySession } from '$lib/state/focus-actions';
import { demoContacts } from './demo-contacts';
import { demoFocus } from './demo-focus';
import { demoOutreach } from './demo-outreach';
import { buildPopulation } from './demo-population';
import { demoSessions } from './demo-sessions';
import { demoSignals } from './demo-signals';
import { Random } from './prng';

/** Sizes of a demo data set; the defaults look like the seed (about 200 contacts a year). */
export interface DemoOptions {
	seed: number;
	startYear: number;
	years: number;
	contactsPerYear: number;
	outreachRoundsPerYear: number;
	signalsPerYear: number;
	focusSessionsPerYear: number;
}

/** A whole demo vault: every record kind plus the default taxonomy it refers to. */
export interface DemoData {
	persons: Person[];
	contacts: Contact[];
	sessions: Session[];
	outreach: OutreachRound[];
	signals: Signal[];
	focusSessions: FocusSession[];
	focusInputs: FocusInput[];
	taxonomy: TaxonomyItem[];
}

/** The default sizes: three years from 2021 of about 200 contacts each, as in the seed. */
export const defaultDemoOptions: DemoOptions = {
	seed: 2022,
	startYear: 2021,
	years: 3,
	contactsPerYear: 200,
	outreachRoundsPerYear: 6,
	signalsPerYear: 9,
	focusSessionsPerYear: 4
};

/**
 * Realistic, deterministic demo data: the same options give the same records. Each record
 * kind draws from its own seeded stream, so changing one size leaves the others alone.
 * Raise `contactsPerYear` (e.g. 30 000) to get 100k+ records for a benchmark.
 */
export function generateDemoData(options: Partial<DemoOptions> = {}): DemoData {
	const o = { ...defaultDemoOptions, ...options };
	const stream = (n: number) => new Random((o.seed * 7_919 + n) >>> 0);
	const years = Array.from({ length: o.years }, (_, i) => o.startYear + i);
	const population = buildPopulation(stream(1), o.startYear, o.years, o.contactsPerYear);
	const contactRandom = stream(2);
	const contacts = years.flatMap((year) =>
		demoContacts(contactRandom, population, year, o.contactsPerYear)
	);
	const signalRandom = stream(4);
	const outreachRandom = stream(5);
	const focusRandom = stream(6);
	const focus = years.map((year) => demoFocus(focusRandom, year, o.focusSessionsPerYear));
	const focusSessions = focus.flatMap((f) => f.sessions);
	// Each focus group is also a session of the Focusgroep activity, as the app stores it.
	const focusActivitySessions = focusSessions.flatMap(
		(session) => focusActivitySession(session, undefined, () => true) ?? []
	);
	return {
		persons: population.members.map((member) => member.person),
		contacts,
		sessions: [
			...demoSessions(stream(3), population, o.startYear, o.years),
			...focusActivitySessions
		],
		outreach: years.flatMap((year) => demoOutreach(outreachRandom, year, o.outreachRoundsPerYear)),
		signals: years.flatMap((year) => demoSignals(signalRandom, contacts, year, o.signalsPerYear)),
		focusSessions,
		focusInputs: focus.flatMap((f) => f.inputs),
		taxonomy: defaultTaxonomy()
	};
}
