import type { OutreachRound } from '$lib/domain/outreach.schema';
import type { ExactReport } from './exact-report.schema';
import { inPeriod, type Period } from './period';

/** Sums the outreach rounds dated in the period; the response rate is derived later. */
export function outreachFigures(
	rounds: readonly OutreachRound[],
	period: Period
): ExactReport['outreach'] {
	const figures = { rounds: 0, addressesVisited: 0, conversations: 0, newPeopleReached: 0 };
	for (const round of rounds) {
		if (!inPeriod(round.date, period)) continue;
		figures.rounds += 1;
		figures.addressesVisited += round.addressesVisited;
		figures.conversations += round.conversations;
		figures.newPeopleReached += round.newPeopleReached;
	}
	return figures;
}
