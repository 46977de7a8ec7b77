import { defineMessages } from '../define-messages';

export const commonMessages = defineMessages({
	nl: {
		'app.name': 'Stekboek',
		'common.save': 'Opslaan',
		'common.cancel': 'Annuleren',
		'common.staleLink':
			'Kwam je hier via een oude link of na het vergrendelen? Links naar een persoon of registratie werken alleen zolang Stekboek open is: open het opnieuw vanuit de lijst.',
		'common.close': 'Sluiten',
		'common.edit': 'Bewerken',
		'common.delete': 'Verwijderen',
		'common.unknown': 'onbekend',
		'common.yes': 'ja',
		'common.no': 'nee',
		'common.pageLoadFailed': 'Deze pagina kon niet laden. Herlaad Stekboek en probeer opnieuw.'
	},
	en: {
		'app.name': 'Stekboek',
		'common.save': 'Save',
		'common.cancel': 'Cancel',
		'common.staleLink':
			'Did you come here through an old link or after locking? Links to a person or registration only work while Stekboek is open: open it again from the list.',
		'common.close': 'Close',
		'common.edit': 'Edit',
		'common.delete': 'Delete',
		'common.unknown': 'unknown',
		'common.yes': 'yes',
		'common.no': 'no',
		'common.pageLoadFailed': 'This page could not load. Reload Stekboek and try again.'
	}
});
