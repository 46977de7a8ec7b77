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
		'shell.comingSoon': 'Nog in opbouw',
		'shell.update': 'Er is een nieuwe versie van Stekboek.',
		'shell.updateNow': 'Bijwerken',
		'shell.updateBlocked': 'Sla eerst je formulier op; daarna kan Stekboek bijwerken.',
		'page.report.coming':
			'Hier komt straks het jaarrapport met anonieme cijfers, grafieken en export.'
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
		'shell.comingSoon': 'Under construction',
		'shell.update': 'A new version of Stekboek is available.',
		'shell.updateNow': 'Update',
		'shell.updateBlocked': 'Save your form first; then Stekboek can update.',
		'page.report.coming':
			'The year report with anonymous figures, charts and export will come here.'
	}
});
