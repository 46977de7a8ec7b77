import { z } from 'zod';
import { idSchema, newId } from '$lib/domain/common.schema';
import {
	helpRequestStatuses,
	stekFunctions,
	type Contact,
	type HelpRequestStatus
} from '$lib/domain/contact.schema';
import { personProfileSchema, unknownProfile } from '$lib/domain/person.schema';
import { SIGNAL_APPROACH_ID } from '$lib/domain/taxonomy-defaults';

/** Who the contact is with: a person already known, one added inline, or nobody known. */
export const personModes = ['known', 'new', 'anonymous'] as const;
export type PersonMode = (typeof personModes)[number];

/** The inline "new person": an alias plus the profile, every field `onbekend` by default. */
export const newPersonDraftSchema = personProfileSchema.extend({
	id: idSchema,
	alias: z.string().max(200)
});

/** One help request as the form holds it; an empty `followUpDate` means none. */
export const helpRequestDraftSchema = z.object({
	id: idSchema,
	themeIds: z.array(idSchema),
	approachIds: z.array(idSchema),
	referralIds: z.array(idSchema),
	description: z.string().max(20_000),
	status: z.enum(helpRequestStatuses),
	followUpDate: z.string().max(10),
	isSignal: z.boolean()
});

/**
 * Everything the registration form holds, as plain JSON-safe data, so that it can be
 * kept as an encrypted draft and validated again when it is restored.
 */
export const registrationStateSchema = z.object({
	contactId: idSchema,
	personMode: z.enum(personModes).nullable(),
	personId: idSchema.nullable(),
	personQuery: z.string().max(200),
	newPerson: newPersonDraftSchema,
	activityId: idSchema.nullable(),
	date: z.string().max(10),
	function: z.enum(stekFunctions).nullable(),
	note: z.string().max(20_000),
	helpRequests: z.array(helpRequestDraftSchema).max(50)
});

export type NewPersonDraft = z.infer<typeof newPersonDraftSchema>;
export type HelpRequestDraft = z.infer<typeof helpRequestDraftSchema>;
export type RegistrationState = z.infer<typeof registrationStateSchema>;

/** A blank inline person with fresh id. */
export function emptyNewPerson(alias = ''): NewPersonDraft {
	return { id: newId(), alias, ...unknownProfile };
}

/**
 * A blank help request, nothing chosen yet. Its status is the worker's last choice, else
 * "afgerond": most questions are answered on the spot and should not fill Op te volgen.
 */
export function emptyHelpRequest(status: HelpRequestStatus = 'afgerond'): HelpRequestDraft {
	return {
		id: newId(),
		themeIds: [],
		approachIds: [],
		referralIds: [],
		description: '',
		status,
		followUpDate: '',
		isSignal: false
	};
}

/** A blank form at the given place and day, with fresh ids for what it will create. */
export function emptyRegistration(activityId: string | null, date: string): RegistrationState {
	return {
		contactId: newId(),
		personMode: null,
		personId: null,
		personQuery: '',
		newPerson: emptyNewPerson(),
		activityId,
		date,
		function: null,
		note: '',
		helpRequests: []
	};
}

/** Approaches changed: the signal flag follows whether "Opgepikt als signaal" is among them. */
export function withApproaches(request: HelpRequestDraft, approachIds: string[]): HelpRequestDraft {
	return { ...request, approachIds, isSignal: approachIds.includes(SIGNAL_APPROACH_ID) };
}

/** The form state that edits a stored contact: same ids, so saving replaces it. */
export function registrationFromContact(contact: Contact): RegistrationState {
	return {
		contactId: contact.id,
		personMode: contact.personId ? 'known' : 'anonymous',
		personId: contact.personId,
		personQuery: '',
		newPerson: emptyNewPerson(),
		activityId: contact.activityId,
		date: contact.date,
		function: contact.function,
		note: contact.note,
		helpRequests: contact.helpRequests.map((request) => ({
			...request,
			followUpDate: request.followUpDate ?? ''
		}))
	};
}
