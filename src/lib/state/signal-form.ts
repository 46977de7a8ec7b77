import { isoDateSchema } from '$lib/domain/common.schema';
import { signalSchema, type Signal } from '$lib/domain/signal.schema';
import type { MessageKey } from '$lib/i18n/messages';

export type SignalCheck =
	| { ok: true; record: Signal }
	| { ok: false; errors: Partial<Record<'title' | 'firstSeen' | 'form', MessageKey>> };

/** Checks the signal form: a title and a real first-seen date are needed; the rest may wait. */
export function checkSignal(draft: Signal): SignalCheck {
	const errors: Partial<Record<'title' | 'firstSeen' | 'form', MessageKey>> = {};
	if (!draft.title.trim()) errors.title = 'signals.error.title';
	else if (draft.title.trim().length > 300) errors.title = 'signals.error.titleLong';
	if (!isoDateSchema.safeParse(draft.firstSeen).success) errors.firstSeen = 'signals.error.date';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	const parsed = signalSchema.safeParse(draft);
	if (!parsed.success) return { ok: false, errors: { form: 'signals.error.invalid' } };
	return { ok: true, record: parsed.data };
}
