import type { Contact, HelpRequest } from '$lib/domain/contact.schema';

const sorted = (ids: readonly string[]) => [...ids].sort().join(',');

function requestKey(request: HelpRequest): string {
	return [
		sorted(request.themeIds),
		sorted(request.approachIds),
		sorted(request.referralIds),
		request.description.trim()
	].join('|');
}

/**
 * What makes an imported contact "the same" as one in the vault: date, person, place and
 * its help requests (themes, approaches, referrals, description). Status, follow-up and
 * note are left out: the worker may have followed the request up since the first import.
 */
export function contactFingerprint(contact: Contact): string {
	const requests = contact.helpRequests.map(requestKey).sort();
	return JSON.stringify([contact.date, contact.personId, contact.activityId, requests]);
}

/**
 * The imported contacts that are not in the vault yet, and how many were. Counted as a
 * multiset: a sheet that holds the same contact twice imports it twice the first time and
 * not at all the second time, so importing a file again never changes anything.
 */
export function skipExisting(
	imported: readonly Contact[],
	existing: readonly Contact[]
): { fresh: Contact[]; skipped: number } {
	const available = new Map<string, number>();
	for (const contact of existing) {
		const key = contactFingerprint(contact);
		available.set(key, (available.get(key) ?? 0) + 1);
	}
	const fresh: Contact[] = [];
	for (const contact of imported) {
		const key = contactFingerprint(contact);
		const left = available.get(key) ?? 0;
		if (left > 0) available.set(key, left - 1);
		else fresh.push(contact);
	}
	return { fresh, skipped: imported.length - fresh.length };
}
