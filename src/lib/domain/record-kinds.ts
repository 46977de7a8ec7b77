import type { z } from 'zod';
import { contactSchema } from './contact.schema';
import { draftSchema } from './draft.schema';
import { focusInputSchema, focusSessionSchema, focusTemplateSchema } from './focus.schema';
import { outreachSchema } from './outreach.schema';
import { personSchema } from './person.schema';
import { reportTextSchema } from './report-text.schema';
import { selfEvaluationSchema } from './self-evaluation.schema';
import { sessionSchema } from './session.schema';
import { settingsSchema } from './settings.schema';
import { signalSchema } from './signal.schema';
import { teamInvitationSchema } from './team-invitation.schema';
import { taxonomyItemSchema } from './taxonomy.schema';

/**
 * Every kind of encrypted record, with its zod schema and current schema version. The
 * version is bound into each ciphertext (AAD) and checked after decryption; raising it
 * needs an upgrade step in `db/record-migrations.ts`.
 */
export const recordKinds = {
	person: { schema: personSchema, version: 1 },
	contact: { schema: contactSchema, version: 1 },
	session: { schema: sessionSchema, version: 1 },
	outreach: { schema: outreachSchema, version: 1 },
	signal: { schema: signalSchema, version: 1 },
	focusTemplate: { schema: focusTemplateSchema, version: 1 },
	focusSession: { schema: focusSessionSchema, version: 1 },
	focusInput: { schema: focusInputSchema, version: 1 },
	taxonomy: { schema: taxonomyItemSchema, version: 1 },
	settings: { schema: settingsSchema, version: 1 },
	draft: { schema: draftSchema, version: 1 },
	teamInvitation: { schema: teamInvitationSchema, version: 1 },
	selfEvaluation: { schema: selfEvaluationSchema, version: 1 },
	reportText: { schema: reportTextSchema, version: 1 }
} as const;

export type RecordKind = keyof typeof recordKinds;
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]['schema']>;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
