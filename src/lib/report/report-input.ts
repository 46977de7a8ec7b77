import type { Contact } from '$lib/domain/contact.schema';
import type { FocusInput, FocusSession } from '$lib/domain/focus.schema';
import type { OutreachRound } from '$lib/domain/outreach.schema';
import type { Person } from '$lib/domain/person.schema';
import type { Session } from '$lib/domain/session.schema';
import type { Signal } from '$lib/domain/signal.schema';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { Period } from './period';

/** The languages a report can be labelled in. */
export const reportLanguages = ['nl', 'en'] as const;

/** A language a report can be labelled in. */
export type ReportLanguage = (typeof reportLanguages)[number];

/** Everything the year report is computed from: decrypted records, lists, period, language. */
export interface ReportInput {
	persons: readonly Person[];
	contacts: readonly Contact[];
	sessions: readonly Session[];
	outreach: readonly OutreachRound[];
	signals: readonly Signal[];
	focusSessions: readonly FocusSession[];
	focusInputs: readonly FocusInput[];
	taxonomy: readonly TaxonomyItem[];
	period: Period;
	language: ReportLanguage;
}
