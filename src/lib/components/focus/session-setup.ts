import { isoDateSchema, newId } from '$lib/domain/common.schema';
import type {
	FocusPrompt,
	FocusSession,
	FocusTemplate,
	PromptKind
} from '$lib/domain/focus.schema';
import { translationLanguages, type Translations } from '$lib/domain/participant-language';
import type { MessageKey } from '$lib/i18n/messages';
import { cleanTranslations } from '$lib/kiosk/kiosk-translation';

/** The setup form's data: plain JSON, validated by `buildSession`. */
export interface SetupState {
	templateId: string | null;
	title: string;
	/** The title in the participants' languages (see the prompts' `translations`). */
	titleTranslations: Translations;
	date: string;
	prompts: FocusPrompt[];
	saveTemplate: boolean;
}

export type SetupIssue = { key: MessageKey; params?: Record<string, number> };

export type SetupResult =
	| { ok: true; session: FocusSession; template: FocusTemplate | null }
	| { ok: false; issues: SetupIssue[] };

/** A new prompt of one kind, with the given text. */
export function newPrompt(kind: PromptKind, text = ''): FocusPrompt {
	return { id: newId(), kind, text };
}

/** A blank setup for today, starting with the standard open question. */
export function emptySetup(date: string, standardText: string): SetupState {
	return {
		templateId: null,
		title: '',
		titleTranslations: {},
		date,
		prompts: [newPrompt('open', standardText)],
		saveTemplate: true
	};
}

/** A setup filled from a template: its title and prompts, for today. */
export function setupFromTemplate(template: FocusTemplate, date: string): SetupState {
	return {
		templateId: template.id,
		title: template.title,
		titleTranslations: { ...template.titleTranslations },
		date,
		prompts: template.prompts.map((prompt) => ({ ...prompt })),
		saveTemplate: true
	};
}

/**
 * The session to run (headcount 0, counted by the kiosk) and, when asked, the template to
 * keep — the loaded one is updated rather than copied. With no prompt at all the session
 * gets the standard open question, so a title alone is enough to start.
 */
export function buildSession(state: SetupState, standardText: string): SetupResult {
	const issues: SetupIssue[] = [];
	const title = state.title.trim();
	if (!title) issues.push({ key: 'focus.error.title' });
	else if (title.length > 200) issues.push({ key: 'focus.error.titleLong' });
	if (!isoDateSchema.safeParse(state.date).success) issues.push({ key: 'focus.error.date' });
	state.prompts.forEach((prompt, index) => {
		const length = prompt.text.trim().length;
		if (length === 0) issues.push({ key: 'focus.error.prompt', params: { number: index + 1 } });
		else if (length > 500)
			issues.push({ key: 'focus.error.promptLong', params: { number: index + 1 } });
	});
	if (state.prompts.length > 20) issues.push({ key: 'focus.error.tooMany' });
	if (
		tooLong(state.titleTranslations, 200) ||
		state.prompts.some((p) => tooLong(p.translations, 500))
	)
		issues.push({ key: 'focus.error.translationLong' });
	if (issues.length > 0) return { ok: false, issues };
	const prompts =
		state.prompts.length > 0
			? state.prompts.map(({ translations, ...prompt }) => {
					const cleaned = cleanTranslations(translations, translationLanguages);
					return {
						...prompt,
						text: prompt.text.trim(),
						...(cleaned ? { translations: cleaned } : {})
					};
				})
			: [newPrompt('open', standardText)];
	const titles = cleanTranslations(state.titleTranslations, translationLanguages);
	const translated = titles ? { titleTranslations: titles } : {};
	const session: FocusSession = {
		id: newId(),
		date: state.date,
		title,
		...translated,
		prompts,
		headcount: 0
	};
	const template = state.saveTemplate
		? {
				id: state.templateId ?? newId(),
				title,
				...translated,
				prompts: prompts.map((prompt) => ({ ...prompt }))
			}
		: null;
	return { ok: true, session, template };
}

/** Whether any translation is longer than `max` characters once trimmed. */
function tooLong(translations: Translations | undefined, max: number): boolean {
	return Object.values(translations ?? {}).some((text) => (text ?? '').trim().length > max);
}
