/** The part of a speech voice the kiosk looks at (a `SpeechSynthesisVoice`). */
export interface VoiceInfo {
	lang: string;
	localService: boolean;
	default?: boolean;
}

/**
 * An on-device voice for `language`, or undefined. Only voices with `localService` are
 * ever used: a cloud voice would send the question text to a speech service. A voice whose
 * language is `ar-SA` or `ar_SA` serves `ar`; the device's default voice wins a tie.
 */
export function localVoiceFor<V extends VoiceInfo>(
	voices: readonly V[],
	language: string
): V | undefined {
	const wanted = language.toLowerCase().split(/[-_]/)[0];
	const matching = voices.filter(
		(voice) => voice.localService === true && voice.lang.toLowerCase().split(/[-_]/)[0] === wanted
	);
	return matching.find((voice) => voice.default) ?? matching[0];
}
