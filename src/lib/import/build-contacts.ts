import type { Contact, HelpRequest } from '$lib/domain/contact.schema';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import { groupContacts } from './group-contacts';
import type { LabelRef, PlannedHelpRequest, PlannedRow } from './import-types';

type IdOf = (ref: LabelRef) => string;

function idsOf(refs: readonly LabelRef[], idOf: IdOf): string[] {
	return [...new Set(refs.map(idOf))];
}

function toHelpRequest(planned: PlannedHelpRequest, idOf: IdOf, id: string): HelpRequest {
	const approachIds = idsOf(planned.approaches, idOf);
	return {
		id,
		themeIds: idsOf(planned.themes, idOf),
		approachIds,
		referralIds: idsOf(planned.referrals, idOf),
		description: planned.description,
		status: planned.status,
		followUpDate: null,
		isSignal: approachIds.includes(SIGNAL_APPROACH_ID)
	};
}

/**
 * The contacts of the valid rows, grouped on the final taxonomy ids (so two labels mapped
 * onto one activity make one contact). `isSignal` follows the final approach ids.
 */
export function buildContacts(
	rows: readonly PlannedRow[],
	personIds: ReadonlyMap<string, string>,
	labelIds: ReadonlyMap<string, string>,
	makeId: () => string
): Contact[] {
	const idOf: IdOf = (ref) => ref.id ?? labelIds.get(ref.key) ?? '';
	return groupContacts(rows, (row) => idOf(row.activity)).flatMap((group) => {
		const [first] = group.rows;
		if (!first) return [];
		const id = makeId();
		const helpRequests = group.rows.flatMap((row) =>
			row.helpRequest ? [toHelpRequest(row.helpRequest, idOf, makeId())] : []
		);
		return [
			{
				id,
				date: first.date,
				personId: first.personKey === null ? null : (personIds.get(first.personKey) ?? null),
				activityId: idOf(first.activity),
				function: null,
				note: group.note,
				helpRequests
			}
		];
	});
}
