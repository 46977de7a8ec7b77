import type { Change } from '$lib/db/encrypted-repository';
import { generateDemoData, type DemoData } from '$lib/demo/demo-data';

/** Demo data of roughly `target` records in all, as changes ready to commit. */
export function demoOfSize(target: number): { data: DemoData; changes: Change[] } {
	// Three demo years hold about 4.4 records per yearly contact (the contacts themselves,
	// persons, sessions, signals…); the figures report the exact count they ran on.
	const data = generateDemoData({ contactsPerYear: Math.max(50, Math.round(target / 4.4)) });
	const changes: Change[] = [
		...data.persons.map((record): Change => ({ op: 'put', kind: 'person', record })),
		...data.contacts.map((record): Change => ({ op: 'put', kind: 'contact', record })),
		...data.sessions.map((record): Change => ({ op: 'put', kind: 'session', record })),
		...data.outreach.map((record): Change => ({ op: 'put', kind: 'outreach', record })),
		...data.signals.map((record): Change => ({ op: 'put', kind: 'signal', record })),
		...data.focusSessions.map((record): Change => ({ op: 'put', kind: 'focusSession', record })),
		...data.focusInputs.map((record): Change => ({ op: 'put', kind: 'focusInput', record })),
		...data.taxonomy.map((record): Change => ({ op: 'put', kind: 'taxonomy', record }))
	];
	return { data, changes };
}
