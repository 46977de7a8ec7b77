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
		'nav.followUp': 'Op te volgen',
		'nav.outreach': 'Outreachrondes',
		'nav.import': 'CSV importeren',
		'nav.more': 'Meer',
		'nav.close': 'Sluiten',
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
		'nav.followUp': 'To follow up',
		'nav.outreach': 'Outreach rounds',
		'nav.import': 'Import CSV',
		'nav.more': 'More',
		'nav.close': 'Close',
		'shell.hidden': 'Stekboek is hidden',
		'shell.update': 'A new version of Stekboek is available.',
		'shell.updateNow': 'Update',
		'shell.updateBlocked': 'Save your form first; then Stekboek can update.'
	}
});
