import type { Session } from '$lib/domain/session.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import { sessionsOf } from './session-attendance';

/** A group activity with its sessions, newest first. */
export interface ActivitySessions {
	activity: TaxonomyItem;
	sessions: Session[];
}

/**
 * The group activities for the Activiteiten page: active ones, the one held most recently
 * first (the worker's own rhythm puts today's activity on top), then the rest in list order;
 * archived ones only when they still have sessions, last.
 */
export function groupActivities(
	taxonomy: readonly TaxonomyItem[],
	sessions: readonly Session[]
): { active: ActivitySessions[]; archived: ActivitySessions[] } {
	const groups = taxonomy
		.filter((item) => item.list === 'activities' && item.activityKind === 'group')
		.map((activity) => ({ activity, sessions: sessionsOf(sessions, activity.id) }));
	const latest = (entry: ActivitySessions) => entry.sessions[0]?.date ?? '';
	const active = groups
		.filter((entry) => !entry.activity.archived)
		.sort((a, b) => latest(b).localeCompare(latest(a)) || a.activity.order - b.activity.order);
	const archived = groups.filter((entry) => entry.activity.archived && entry.sessions.length > 0);
	return { active, archived };
}
