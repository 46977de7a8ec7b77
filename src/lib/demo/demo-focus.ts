import type { FocusInput, FocusPrompt, FocusSession } from '$lib/domain/focus.schema';
import { workdayOf } from './demo-dates';
import { demoFocusAnswers } from './demo-texts';
import type { Random } from './prng';

const voteThemes = [
	'theme-vrije-tijd',
	'theme-huisvesting',
	'theme-energie',
	'theme-mobiliteit',
	'theme-digitaal',
	'theme-gezin'
];

/** The prompts of the seed's visitor survey; the same texts each time, so means combine. */
function prompts(random: Random): FocusPrompt[] {
	return [
		{ id: random.uuid(), kind: 'open', text: 'Wat houdt je bezig in de buurt?' },
		{ id: random.uuid(), kind: 'themeVote', text: "Welke thema's zijn voor jou belangrijk?" },
		{ id: random.uuid(), kind: 'rating', text: 'Hoe welkom voel je je in GS9?' },
		{ id: random.uuid(), kind: 'rating', text: 'Hoe tevreden ben je over het aanbod?' }
	];
}

function answerFor(random: Random, prompt: FocusPrompt): FocusInput['answers'][number] | null {
	if (random.chance(0.1)) return null;
	if (prompt.kind === 'open') return { promptId: prompt.id, text: random.pick(demoFocusAnswers) };
	if (prompt.kind === 'themeVote')
		return { promptId: prompt.id, themeIds: random.sample(voteThemes, random.int(1, 3)) };
	return {
		promptId: prompt.id,
		rating: random.weighted([
			[1, 3],
			[2, 7],
			[3, 20],
			[4, 40],
			[5, 30]
		] as const)
	};
}

/** A year's focus groups (about quarterly, ~15–22 people) and their anonymous inputs, shuffled. */
export function demoFocus(
	random: Random,
	year: number,
	count: number
): { sessions: FocusSession[]; inputs: FocusInput[] } {
	const sessions: FocusSession[] = [];
	const inputs: FocusInput[] = [];
	for (let quarter = 0; quarter < count; quarter += 1) {
		const session: FocusSession = {
			id: random.uuid(),
			date: workdayOf(year, (quarter + random.next()) / Math.max(count, 1)),
			title: `Focusgroep ${quarter + 1}`,
			prompts: prompts(random),
			headcount: random.int(15, 22)
		};
		sessions.push(session);
		const given = Math.round(session.headcount * (0.7 + random.next() * 0.3));
		for (let i = 0; i < given; i += 1) {
			const answers = session.prompts
				.map((prompt) => answerFor(random, prompt))
				.filter((a) => a !== null);
			inputs.push({ id: random.uuid(), focusSessionId: session.id, answers });
		}
	}
	return { sessions, inputs: random.shuffle(inputs) };
}
