/** At most this many help requests fit in one contact (the contact schema's limit). */
export const MAX_HELP_REQUESTS = 50;
/** At most this many characters of note fit in one contact (the free-text limit). */
export const MAX_NOTE_LENGTH = 20_000;

/** What grouping needs to know of a row. */
export interface GroupableRow {
	date: string;
	personKey: string | null;
	helpRequest: unknown;
	note: string;
}

/** Rows that become one contact, in file order. */
export interface ContactGroup<R extends GroupableRow> {
	rows: R[];
	helpRequests: number;
	note: string;
}

function fits<R extends GroupableRow>(group: ContactGroup<R>, row: R): boolean {
	if (row.helpRequest !== null && group.helpRequests >= MAX_HELP_REQUESTS) return false;
	const extra = row.note === '' ? 0 : row.note.length + (group.note === '' ? 0 : 1);
	return group.note.length + extra <= MAX_NOTE_LENGTH;
}

function add<R extends GroupableRow>(group: ContactGroup<R>, row: R): void {
	group.rows.push(row);
	if (row.helpRequest !== null) group.helpRequests += 1;
	if (row.note !== '') group.note = group.note === '' ? row.note : `${group.note}\n${row.note}`;
}

/**
 * Groups rows into contacts: the same date, person and activity (`activityKey`) make one
 * contact; anonymous rows never merge. A contact that is full (50 help requests or
 * 20,000 characters of note) continues in a new contact, so no row is lost.
 */
export function groupContacts<R extends GroupableRow>(
	rows: readonly R[],
	activityKey: (row: R) => string
): ContactGroup<R>[] {
	const groups: ContactGroup<R>[] = [];
	const open = new Map<string, ContactGroup<R>>();
	for (const row of rows) {
		const key =
			row.personKey === null ? null : [row.date, row.personKey, activityKey(row)].join('\u0000');
		let group = key === null ? undefined : open.get(key);
		if (!group || !fits(group, row)) {
			group = { rows: [], helpRequests: 0, note: '' };
			groups.push(group);
			if (key !== null) open.set(key, group);
		}
		add(group, row);
	}
	return groups;
}
