import { localVoiceFor } from './local-voices';

/**
 * The device's own voices, for the kiosk's read-aloud buttons. Voices arrive late in most
 * browsers (`voiceschanged`), so the list is state and the buttons appear when it fills.
 * Nothing is spoken through a voice that is not on the device.
 */
export class ReadAloud {
	voices = $state<SpeechSynthesisVoice[]>([]);
	readonly #speech: SpeechSynthesis | undefined;

	constructor(speech: SpeechSynthesis | undefined = globalThis.speechSynthesis) {
		this.#speech = speech;
	}

	/** Starts listening for the voice list; returns the clean-up. */
	watch(): () => void {
		const speech = this.#speech;
		if (!speech) return () => {};
		const read = () => (this.voices = [...speech.getVoices()]);
		read();
		speech.addEventListener?.('voiceschanged', read);
		return () => {
			speech.removeEventListener?.('voiceschanged', read);
			speech.cancel();
		};
	}

	/** Whether a text in `language` can be read aloud on this device. */
	canRead(language: string): boolean {
		return localVoiceFor(this.voices, language) !== undefined;
	}

	/** Reads `text` with a local voice of `language`; does nothing when there is none. */
	read(text: string, language: string): void {
		const voice = localVoiceFor(this.voices, language);
		if (!this.#speech || !voice) return;
		this.#speech.cancel();
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		this.#speech.speak(utterance);
	}
}
