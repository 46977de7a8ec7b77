import type { z } from 'zod';
import type { Change } from '$lib/db/encrypted-repository';
import { contactSchema, type Contact } from '$lib/domain/contact.schema';
import { personSchema, type Person } from '$lib/domain/person.schema';
import type { Settings } from '$lib/domain/settings.schema';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';
import type { MessageKey } from '$lib/i18n/messages';
import type { RegistrationState } from './registration-state';

/** A problem with the form, as a message key the page shows in the worker's language. */
export interface RegistrationIssue {
	key: MessageKey;
	params?: Record<string, string | number>;
}

/** What one registration writes: the contact, and the person when one was added inline. */
export interface RegistrationRecords {
	contact: Contact;
	person: Person | null;
}

export type RegistrationResult =
	{ ok: true; records: RegistrationRecords } | { ok: false; issues: RegistrationIssue[] };

const requestFields: Partial<Record<string, MessageKey>> = {
	themeIds: 'registration.error.themes',
	approachIds: 'registration.error.approaches',
	followUpDate: 'registration.error.followUpDate',
	description: 'registration.error.descriptionTooLong'
};

const contactFields: Partial<Record<string, MessageKey>> = {
	date: 'registration.error.date',
	activityId: 'registration.error.activity',
	note: 'registration.error.noteTooLong'
};

/** Turns a zod issue path of the contact into a message the worker can act on. */
function contactIssue(issue: z.core.$ZodIssue): RegistrationIssue {
	const [field, index, inner] = issue.path;
	if (field === 'helpRequests' && typeof index === 'number' && typeof inner === 'string') {
		return {
			key: requestFields[inner] ?? 'registration.error.other',
			params: { number: index + 1 }
		};
	}
	return { key: (typeof field === 'string' && contactFields[field]) || 'registration.error.other' };
}

function unique(issues: RegistrationIssue[]): RegistrationIssue[] {
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.key}|${JSON.stringify(issue.params ?? {})}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/**
 * Maps the form to the records it writes, validated by the domain schemas. Pure: the ids
 * come from the form state, so the same state always gives the same records.
 * `personExists` guards against a known person erased while the form was open.
 */
export function toRecords(
	state: RegistrationState,
	personExists: (id: string) => boolean
): RegistrationResult {
	const issues: RegistrationIssue[] = [];
	let person: Person | null = null;
	let personId: string | null = null;
	if (state.personMode === null) issues.push({ key: 'registration.error.person' });
	if (state.personMode === 'known') {
		if (state.personId && personExists(state.personId)) personId = state.personId;
		else issues.push({ key: 'registration.error.person' });
	}
	if (state.personMode === 'new') {
		const parsed = personSchema.safeParse({
			...state.newPerson,
			alias: state.newPerson.alias.trim(),
			notes: '',
			firstContact: null
		});
		if (parsed.success) [person, personId] = [parsed.data, parsed.data.id];
		else
			for (const issue of parsed.error.issues)
				issues.push({
					key: issue.path[0] === 'alias' ? 'registration.error.alias' : 'registration.error.other'
				});
	}
	const contact = contactSchema.safeParse({
		id: state.contactId,
		date: state.date,
		personId,
		activityId: state.activityId ?? '',
		function: state.function,
		note: state.note.trim(),
		helpRequests: state.helpRequests.map((request) => ({
			...request,
			description: request.description.trim(),
			followUpDate: request.followUpDate === '' ? null : request.followUpDate,
			isSignal: request.approachIds.includes(SIGNAL_APPROACH_ID)
		}))
	});
	if (!contact.success) issues.push(...contact.error.issues.map(contactIssue));
	if (issues.length > 0 || !contact.success) return { ok: false, issues: unique(issues) };
	return { ok: true, records: { contact: contact.data, person } };
}

/**
 * The one transaction of a registration: contact, new person, and the place and help-request
 * status last used (the next form starts from them).
 */
export function registrationChanges(records: RegistrationRecords, settings: Settings): Change[] {
	const changes: Change[] = [];
	if (records.person) changes.push({ op: 'put', kind: 'person', record: records.person });
	changes.push({ op: 'put', kind: 'contact', record: records.contact });
	const lastStatus = records.contact.helpRequests.at(-1)?.status;
	changes.push({
		op: 'put',
		kind: 'settings',
		record: {
			...settings,
			lastActivityId: records.contact.activityId,
			lastHelpRequestStatus: lastStatus ?? settings.lastHelpRequestStatus
		}
	});
	return changes;
}
