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
		'page.activities.coming':
			'Hier komen straks de groepsactiviteiten met hun bijeenkomsten en de aanwezigheden.',
		'page.signals.coming':
			'Hier komt straks het signalenregister: signalen, hun bewijs en de overleggen waar ze naartoe gaan.',
		'page.focus.coming':
			'Hier kan je straks een focusgroep voorbereiden en de tablet in kioskmodus rondgeven.',
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
		'page.activities.coming': 'Group activities with their sessions and attendance will come here.',
		'page.signals.coming':
			'The signal register will come here: signals, their evidence and the forums they go to.',
		'page.focus.coming':
			'Here you will prepare a focus group and pass the tablet around in kiosk mode.',
		'page.report.coming':
			'The year report with anonymous figures, charts and export will come here.'
	}
});
