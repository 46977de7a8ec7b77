import type { Draft } from '$lib/domain/draft.schema';
import { quickCaptureSchema, type QuickCapture } from './sealed-entry';

/** Marks a draft as an opened quick capture (drafts are shared with other forms). */
const DRAFT_TYPE = 'quickCapture';

/**
 * An opened quick capture as an encrypted draft, under the capture's own id: importing the
 * same sealed row twice writes the same record, and completing it reuses the id for the
 * contact, so a finished capture is recognised by that contact existing.
 */
export function captureDraft(capture: QuickCapture): Draft {
	return { id: capture.id, savedAt: capture.date, data: { type: DRAFT_TYPE, capture } };
}

/** The quick capture a draft holds, or null for any other kind of draft. */
export function captureOfDraft(draft: Draft): QuickCapture | null {
	const data = draft.data;
	if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
	if (data.type !== DRAFT_TYPE) return null;
	const parsed = quickCaptureSchema.safeParse(data.capture);
	return parsed.success && parsed.data.id === draft.id ? parsed.data : null;
}
