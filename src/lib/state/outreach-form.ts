import { isoDateSchema, newId, todayIso } from '$lib/domain/common.schema';
import { outreachSchema, type OutreachRound } from '$lib/domain/outreach.schema';
import type { MessageKey } from '$lib/i18n/messages';

/** One row of materials as typed: text until it is checked. */
export interface MaterialDraft {
	key: string;
	label: string;
	count: string;
}

/** The outreach form as the worker fills it in; counts stay text until they are checked. */
export interface OutreachDraft {
	id: string;
	date: string;
	kindId: string | null;
	areaIds: string[];
	addressesVisited: string;
	conversations: string;
	newPeopleReached: string;
	materials: MaterialDraft[];
	note: string;
}

export type CountField = 'addressesVisited' | 'conversations' | 'newPeopleReached';
export const countFields: readonly CountField[] = [
	'addressesVisited',
	'conversations',
	'newPeopleReached'
];

/** Field name → message key of what is wrong with it (`materials.2.count` for a row). */
export type OutreachErrors = Record<string, MessageKey>;

export type OutreachCheck =
	| { ok: true; record: OutreachRound; warnings: MessageKey[] }
	| { ok: false; errors: OutreachErrors; warnings: MessageKey[] };

/** A fresh form for a new round (today, no counts yet), or a copy of a stored round. */
export function outreachDraft(round?: OutreachRound, today = todayIso()): OutreachDraft {
	if (!round) {
		return {
			id: newId(),
			date: today,
			kindId: null,
			areaIds: [],
			addressesVisited: '0',
			conversations: '0',
			newPeopleReached: '0',
			materials: [],
			note: ''
		};
	}
	return {
		...round,
		areaIds: [...round.areaIds],
		addressesVisited: String(round.addressesVisited),
		conversations: String(round.conversations),
		newPeopleReached: String(round.newPeopleReached),
		materials: round.materials.map((material) => ({
			key: newId(),
			label: material.label,
			count: String(material.count)
		}))
	};
}

/** Reads a typed count: a whole number of 0 or more, or the reason it is not one. */
export function parseCount(text: string): { value: number } | { error: MessageKey } {
	const trimmed = text.trim();
	if (trimmed === '') return { error: 'outreach.error.countRequired' };
	if (!/^\d+$/.test(trimmed)) return { error: 'outreach.error.countWhole' };
	const value = Number(trimmed);
	if (value > 1_000_000) return { error: 'outreach.error.countTooLarge' };
	return { value };
}

/** Warnings that do not block saving: more conversations than doors knocked on. */
export function outreachWarnings(draft: OutreachDraft): MessageKey[] {
	const addresses = parseCount(draft.addressesVisited);
	const conversations = parseCount(draft.conversations);
	if ('value' in addresses && 'value' in conversations && conversations.value > addresses.value) {
		return ['outreach.warning.conversationsExceed'];
	}
	return [];
}

/**
 * Checks the form and builds the record to store. Rows of materials left wholly empty
 * are dropped; a row with only a name or only a count is an error the worker can fix.
 */
export function checkOutreach(draft: OutreachDraft): OutreachCheck {
	const errors: OutreachErrors = {};
	const warnings = outreachWarnings(draft);
	if (!isoDateSchema.safeParse(draft.date).success) errors.date = 'outreach.error.date';
	if (!draft.kindId) errors.kindId = 'outreach.error.kind';
	const counts = {} as Record<CountField, number>;
	for (const field of countFields) {
		const parsed = parseCount(draft[field]);
		if ('error' in parsed) errors[field] = parsed.error;
		else counts[field] = parsed.value;
	}
	const materials: OutreachRound['materials'] = [];
	draft.materials.forEach((material, index) => {
		const label = material.label.trim();
		if (!label && !material.count.trim()) return;
		if (!label) errors[`materials.${index}.label`] = 'outreach.error.materialLabel';
		const count = parseCount(material.count);
		if ('error' in count) errors[`materials.${index}.count`] = count.error;
		else if (label) materials.push({ label, count: count.value });
	});
	if (Object.keys(errors).length > 0) return { ok: false, errors, warnings };
	const parsed = outreachSchema.safeParse({
		id: draft.id,
		date: draft.date,
		kindId: draft.kindId,
		areaIds: draft.areaIds,
		...counts,
		materials,
		note: draft.note
	});
	if (!parsed.success) return { ok: false, errors: { form: 'outreach.error.invalid' }, warnings };
	return { ok: true, record: parsed.data, warnings };
}

/** Rounds newest first. */
export function roundsNewestFirst(rounds: readonly OutreachRound[]): OutreachRound[] {
	return [...rounds].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** Totals of the rounds in one calendar year, with the response rate in whole percent. */
export function outreachTotals(rounds: readonly OutreachRound[], year: number) {
	const inYear = rounds.filter((round) => round.date.startsWith(`${year}-`));
	const sum = (field: CountField) => inYear.reduce((total, round) => total + round[field], 0);
	const addresses = sum('addressesVisited');
	const conversations = sum('conversations');
	return {
		rounds: inYear.length,
		addressesVisited: addresses,
		conversations,
		newPeopleReached: sum('newPeopleReached'),
		responseRate: addresses > 0 ? Math.round((conversations / addresses) * 100) : null
	};
}
