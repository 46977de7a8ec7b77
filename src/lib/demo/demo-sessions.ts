import type { Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import { inSummerBreak, weekdaysOf } from './demo-dates';
import { groupPlans, type GroupPlan } from './demo-group-plans';
import type { Population } from './demo-population';
import type { Random } from './prng';

const notes = ['', '', 'Veel nieuwe gezichten.', 'Soep met pompoen.', 'Vorming itsme.'] as const;

/** Keeps most of last year's circle and fills it up, women and others in the plan's shares. */
function renewCircle(
	random: Random,
	plan: GroupPlan,
	previous: readonly Person[],
	available: readonly Person[]
): Person[] {
	const size = plan.regulars + plan.occasional;
	const kept = random.sample(previous, Math.round(previous.length * 0.7));
	const keptIds = new Set(kept.map((person) => person.id));
	const fresh = available.filter((person) => !keptIds.has(person.id));
	const women = fresh.filter((person) => person.gender === 'vrouw');
	const others = fresh.filter((person) => person.gender !== 'vrouw');
	const missing = size - kept.length;
	const newWomen = random.sample(women, Math.round(missing * plan.womenShare));
	const newOthers = random.sample(others, missing - newWomen.length);
	return [...kept, ...random.shuffle([...newWomen, ...newOthers])];
}

function sessionDates(plan: GroupPlan, year: number): string[] {
	return weekdaysOf(year, plan.weekday).filter(
		(date, i) => !(plan.everyOtherWeek && i % 2 === 1) && !(plan.summerBreak && inSummerBreak(date))
	);
}

/**
 * Sessions of the three group activities: regulars come often, an occasional circle now and
 * then, and a few people come without being registered (the anonymous headcount).
 */
export function demoSessions(
	random: Random,
	population: Population,
	startYear: number,
	years: number
): Session[] {
	const sessions: Session[] = [];
	const sinceOf = new Map(population.members.map(({ person, since }) => [person.id, since]));
	for (const plan of groupPlans) {
		let circle: Person[] = [];
		for (let year = startYear; year < startYear + years; year += 1) {
			const count = population.availableOn(`${year}-12-31`);
			const available = population.members.slice(0, count).map((member) => member.person);
			circle = renewCircle(random, plan, circle, available);
			for (const date of sessionDates(plan, year)) {
				const attendeeIds = circle
					.filter(
						(person, i) =>
							(sinceOf.get(person.id) ?? date) <= date &&
							random.chance(i < plan.regulars ? plan.regularChance : plan.occasionalChance)
					)
					.map((person) => person.id);
				sessions.push({
					id: random.uuid(),
					activityId: plan.activityId,
					date,
					attendeeIds,
					anonymousCount: random.weighted([
						[0, 60],
						[1, 25],
						[2, 10],
						[3, 5]
					] as const),
					note: random.pick(notes)
				});
			}
		}
	}
	return sessions;
}
