import { defineMessages } from '../define-messages';

export const commonMessages = defineMessages({
	nl: {
		'app.name': 'Stekboek',
		'common.save': 'Opslaan',
		'common.cancel': 'Annuleren',
		'common.close': 'Sluiten',
		'common.edit': 'Bewerken',
		'common.delete': 'Verwijderen',
		'common.unknown': 'onbekend',
		'common.yes': 'ja',
		'common.no': 'nee'
	},
	en: {
		'app.name': 'Stekboek',
		'common.save': 'Save',
		'common.cancel': 'Cancel',
		'common.close': 'Close',
		'common.edit': 'Edit',
		'common.delete': 'Delete',
		'common.unknown': 'unknown',
		'common.yes': 'yes',
		'common.no': 'no'
	}
});
