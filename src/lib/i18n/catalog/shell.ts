import { defineMessages } from '../define-messages';

export const shellMessages = defineMessages({
	nl: {
		'nav.label': 'Hoofdmenu',
		'nav.register': 'Registreren',
		'nav.persons': 'Personen',
		'nav.activities': 'Activiteiten',
		'nav.signals': 'Signalen',
		'nav.focus': 'Focusgroep',
		'nav.report': 'Rapport',
		'nav.settings': 'Instellingen',
		'shell.hidden': 'Stekboek is verborgen',
		'shell.update': 'Er is een nieuwe versie van Stekboek.',
		'shell.updateNow': 'Bijwerken',
		'shell.updateBlocked': 'Sla eerst je formulier op; daarna kan Stekboek bijwerken.'
	},
	en: {
		'nav.label': 'Main menu',
		'nav.register': 'Register',
		'nav.persons': 'People',
		'nav.activities': 'Activities',
		'nav.signals': 'Signals',
		'nav.focus': 'Focus group',
		'nav.report': 'Report',
		'nav.settings': 'Settings',
		'shell.hidden': 'Stekboek is hidden',
		'shell.update': 'A new version of Stekboek is available.',
		'shell.updateNow': 'Update',
		'shell.updateBlocked': 'Save your form first; then Stekboek can update.'
	}
});
