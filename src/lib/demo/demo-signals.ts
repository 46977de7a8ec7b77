import type { Contact } from '$lib/domain/contact.schema';
import type { Signal, SignalEvidence } from '$lib/domain/signal.schema';
import { workdayOf } from './demo-dates';
import { demoSignalTitles } from './demo-texts';
import type { Random } from './prng';

const forums = [
	'forum-team-opstap',
	'forum-team-intake',
	'forum-departement',
	'forum-vrijetijd',
	'forum-hvhk',
	'forum-nt2',
	'forum-integratie',
	'forum-zorgzame-buurten'
];

/** Help requests of the year marked "opgepikt als signaal", as evidence for signals. */
function signalEvidence(contacts: readonly Contact[], year: number): SignalEvidence[] {
	return contacts
		.filter((contact) => contact.date.startsWith(String(year)))
		.flatMap((contact) =>
			contact.helpRequests
				.filter((request) => request.isSignal)
				.map((request) => ({
					kind: 'helpRequest' as const,
					contactId: contact.id,
					helpRequestId: request.id
				}))
		);
}

/** Signals of a year, each backed by a few of the year's signal help requests when there are any. */
export function demoSignals(
	random: Random,
	contacts: readonly Contact[],
	year: number,
	count: number
): Signal[] {
	const evidence = signalEvidence(contacts, year);
	return Array.from({ length: count }, () => {
		const status = random.weighted([
			['nieuw', 20],
			['geagendeerd', 30],
			['in opvolging', 30],
			['afgerond', 20]
		] as const);
		return {
			id: random.uuid(),
			title: random.pick(demoSignalTitles),
			themeIds: random.sample(
				[
					'theme-vrije-tijd',
					'theme-digitaal',
					'theme-huisvesting',
					'theme-mobiliteit',
					'theme-dienstverlening'
				],
				random.int(1, 2)
			),
			description: 'Meerdere bezoekers botsen op dezelfde drempel.',
			firstSeen: workdayOf(year, random.next()),
			evidence: random.sample(evidence, random.int(0, 3)),
			forwardedTo: status === 'nieuw' ? [] : random.sample(forums, random.int(1, 2)),
			status,
			outcome: status === 'afgerond' ? 'Besproken op het overleg; info aangepast.' : '',
			// The demo's titles name no one, so the demo's end report can show its register;
			// a new signal has not been weighed yet and stays in the counts only.
			titlePublishable: status !== 'nieuw',
			outcomePublishable: status === 'afgerond'
		};
	});
}
