import { defineMessages } from '../define-messages';

/**
 * The kiosk in the participants' languages: the worker's translation fields in the
 * focus-group setup (`focus.translations.*`) and the kiosk's read-aloud button. The
 * participant screen's words in Arabic, Turkish, Ukrainian, Romanian, Bulgarian and Polish
 * are in `kiosk-participant.ts`.
 */
export const kioskMessages = defineMessages({
	nl: {
		'focus.translations': 'Vertalingen voor deelnemers',
		'focus.translations.hint':
			'Deelnemers kiezen hun taal op de tablet. Vertaal de titel en je vragen in de talen van je groep. Wat je niet vertaalt, zien ze in het Nederlands, met het label “Nederlands”. De knoppen en de standaardvraag zijn al vertaald.',
		'focus.translations.languages': 'Talen',
		'focus.translations.title': '{language}: naam van de focusgroep',
		'focus.translations.prompt': '{language}: vraag {number}',
		'focus.translations.standard': 'Vraag {number} is de standaardvraag: die is al vertaald.',
		'focus.error.translationLong':
			'Een vertaling is te lang (de titel hoogstens 200 tekens, een vraag hoogstens 500).',
		'kiosk.readAloud': 'Lees voor'
	},
	en: {
		'focus.translations': 'Translations for participants',
		'focus.translations.hint':
			'Participants choose their language on the tablet. Translate the title and your questions into the languages of your group. What you do not translate, they see in Dutch, marked “Nederlands”. The buttons and the standard question are translated already.',
		'focus.translations.languages': 'Languages',
		'focus.translations.title': '{language}: name of the focus group',
		'focus.translations.prompt': '{language}: question {number}',
		'focus.translations.standard':
			'Question {number} is the standard question: it is translated already.',
		'focus.error.translationLong':
			'A translation is too long (the title 200 characters at most, a question 500).',
		'kiosk.readAloud': 'Read aloud'
	},
	fr: {
		'kiosk.readAloud': 'Lire à voix haute'
	}
});
