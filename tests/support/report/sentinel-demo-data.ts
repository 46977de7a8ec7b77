import { generateDemoData } from '$lib/demo/demo-data';
import type { Signal } from '$lib/domain/signal.schema';

/** The marker put in every free text that must stay on the device. */
export const SENTINEL = 'ZZSENTINEL';

/** Demo data with a sentinel in every free text that must stay on the device. */
export function sentinelData() {
	const data = generateDemoData({ seed: 11, contactsPerYear: 60 });
	const signals: Signal[] = data.signals.map((signal, i) => ({
		...signal,
		title: i % 3 === 0 ? `Gepubliceerd signaal ${i}` : `${SENTINEL} titel ${i}`,
		titlePublishable: i % 3 === 0,
		description: `${SENTINEL} omschrijving`,
		outcome: i % 2 === 0 ? `Resultaat ${i}` : `${SENTINEL} uitkomst`,
		outcomePublishable: i % 2 === 0
	}));
	return {
		...data,
		signals,
		persons: data.persons.map((p) => ({ ...p, alias: `${SENTINEL}${p.alias}`, notes: SENTINEL })),
		contacts: data.contacts.map((c) => ({
			...c,
			note: SENTINEL,
			helpRequests: c.helpRequests.map((r) => ({ ...r, description: SENTINEL }))
		})),
		sessions: data.sessions.map((s) => ({ ...s, note: SENTINEL })),
		focusSessions: data.focusSessions.map((f) => ({
			...f,
			title: `${SENTINEL} focus`,
			prompts: f.prompts.map((p) => ({ ...p, text: `${SENTINEL} ${p.text}` }))
		})),
		focusInputs: data.focusInputs.map((input) => ({
			...input,
			answers: input.answers.map((a) => (a.text === undefined ? a : { ...a, text: SENTINEL }))
		}))
	};
}
