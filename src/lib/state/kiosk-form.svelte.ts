import type { FocusAnswer } from '$lib/domain/focus.schema';
import type { MessageKey } from '$lib/i18n/messages';
import { emptyAnswers, toAnswers, type AnswerDraft } from '$lib/kiosk/kiosk-answers';
import type { KioskPrompt } from '$lib/kiosk/kiosk-config';
import type { KioskLanguage } from '$lib/kiosk/kiosk-language';
import { answersProblem, answersTextLength, KIOSK_TEXT_LIMIT } from '$lib/kiosk/kiosk-limits';
import { KioskKeyChanged } from './kiosk-state.svelte';

/**
 * One participant's turn at the kiosk: language, answers, sending, thanks. After sending,
 * everything is blanked and `turn` rises, so the screen rebuilds its fields from scratch
 * (no undo history or autofill can bring the previous participant's words back).
 */
export class KioskForm {
	language = $state<KioskLanguage>('nl');
	answers = $state<Record<string, AnswerDraft>>({});
	view = $state<'form' | 'thanks' | 'exit'>('form');
	error = $state<MessageKey | null>(null);
	sending = $state(false);
	turn = $state(0);
	readonly #prompts: () => readonly KioskPrompt[];

	constructor(prompts: () => readonly KioskPrompt[]) {
		this.#prompts = prompts;
		this.answers = emptyAnswers(prompts());
	}

	/** What would be sealed now. */
	get filled(): FocusAnswer[] {
		return toAnswers(this.#prompts(), this.answers);
	}

	/** True while the participant has typed or chosen something not yet sent. */
	dirty = $derived(this.filled.length > 0);

	/** Characters still free for text, over all open answers together (negative: too many). */
	charsLeft = $derived(KIOSK_TEXT_LIMIT - answersTextLength(Object.values(this.answers)));

	/** Seals the answers through `seal`; then thanks the participant and blanks the form. */
	async send(seal: (answers: FocusAnswer[]) => Promise<void>): Promise<void> {
		if (this.sending) return;
		const answers = this.filled;
		if (answers.length === 0) {
			this.error = 'kiosk.empty';
			return;
		}
		const problem = answersProblem(answers);
		if (problem) {
			this.error = `kiosk.${problem}`;
			return;
		}
		this.error = null;
		this.sending = true;
		try {
			await seal(answers);
			this.#blank();
			this.view = 'thanks';
		} catch (error) {
			this.error = error instanceof KioskKeyChanged ? 'kiosk.keyChanged' : 'kiosk.failed';
		} finally {
			this.sending = false;
		}
	}

	/** The next participant: a blank form in the default language. */
	next(): void {
		this.#blank();
		this.language = 'nl';
		this.view = 'form';
	}

	#blank(): void {
		this.answers = emptyAnswers(this.#prompts());
		this.error = null;
		this.turn += 1;
	}
}
