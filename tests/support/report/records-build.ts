import type fc from 'fast-check';
import { recordsSpecArb, SENTINEL, type Records, type RecordsSpec } from './records.arbitrary';

/**
 * Turns a generated spec into the records of one device. Every id starts with `prefix`
 * (so two devices never share a person) and every free text holds the SENTINEL.
 */
export function buildRecords(prefix: string, spec: RecordsSpec): Records {
	const id = (kind: string, i: number | string) => `${prefix}-${kind}-${i}`;
	const text = (kind: string, i: number | string) => `${kind}-${SENTINEL}-${prefix}-${i}`;
	return {
		persons: spec.persons.map((p, i) => ({
			...p,
			id: id('person', i),
			alias: text('alias', i),
			notes: text('notes', i),
			intake: 'onbekend',
			areaId: null
		})),
		contacts: spec.contacts.map((c, i) => ({
			id: id('contact', i),
			date: c.date,
			personId: c.person === null ? null : id('person', c.person),
			activityId: c.activityId,
			function: null,
			note: text('note', i),
			helpRequests: c.requests.map((r, j) => ({
				...r,
				id: id('request', `${i}-${j}`),
				description: text('description', `${i}-${j}`),
				followUpDate: null
			}))
		})),
		sessions: spec.sessions.map((s, i) => ({
			id: id('session', i),
			activityId: s.activityId,
			date: s.date,
			attendeeIds: s.attendees.map((n) => id('person', n)),
			anonymousCount: s.anonymousCount,
			note: text('session', i)
		})),
		outreach: spec.outreach.map((o, i) => ({
			id: id('round', i),
			date: o.date,
			kindId: 'out-flyerronde',
			areaIds: ['area-centrum'],
			addressesVisited: o.addresses,
			conversations: o.talks,
			newPeopleReached: o.met,
			materials: [{ label: text('material', i), count: 3 }],
			note: text('round', i)
		})),
		signals: spec.signals.map((s, i) => ({
			...s,
			id: id('signal', i),
			title: text('title', i),
			description: text('signal', i),
			evidence: [],
			outcome: text('outcome', i)
		})),
		focusSessions: spec.focus.map((f, i) => ({
			id: id('focus', i),
			date: f.date,
			title: text('focus', i),
			headcount: f.headcount,
			prompts: [
				{ id: id('vote', i), kind: 'themeVote' as const, text: 'Welke thema’s?' },
				{ id: id('rate', i), kind: 'rating' as const, text: f.ratingPrompt },
				{ id: id('open', i), kind: 'open' as const, text: 'Wat wil je kwijt?' }
			]
		})),
		focusInputs: spec.focus.flatMap((f, i) =>
			f.inputs.map((input, j) => ({
				id: id('input', `${i}-${j}`),
				focusSessionId: id('focus', i),
				answers: [
					{ promptId: id('vote', i), themeIds: input.themeIds },
					...(input.rating === null ? [] : [{ promptId: id('rate', i), rating: input.rating }]),
					{ promptId: id('open', i), text: text('answer', `${i}-${j}`) }
				]
			}))
		)
	};
}

/** Random records of one device whose ids all start with `prefix`. */
export function recordsArb(prefix: string): fc.Arbitrary<Records> {
	return recordsSpecArb.map((spec) => buildRecords(prefix, spec));
}

/** The records of two devices as if they were one (their persons never overlap). */
export function combineRecords(a: Records, b: Records): Records {
	return {
		persons: [...a.persons, ...b.persons],
		contacts: [...a.contacts, ...b.contacts],
		sessions: [...a.sessions, ...b.sessions],
		outreach: [...a.outreach, ...b.outreach],
		signals: [...a.signals, ...b.signals],
		focusSessions: [...a.focusSessions, ...b.focusSessions],
		focusInputs: [...a.focusInputs, ...b.focusInputs]
	};
}
