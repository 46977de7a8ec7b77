import { defineMessages } from '../define-messages';

export const settingsMessages = defineMessages({
	nl: {
		'settings.title': 'Instellingen',
		'settings.language': 'Taal',
		'settings.security': 'Beveiliging',
		'settings.autoLock': 'Automatisch vergrendelen na (minuten zonder gebruik)',
		'settings.autoLockSaved': 'Stekboek vergrendelt nu na {minutes} minuten zonder gebruik.',
		'settings.hiddenLock': 'Vergrendelen als Stekboek niet in beeld is, na',
		'settings.hiddenLockSeconds': '{seconds} seconden',
		'settings.hiddenLockMinutes': '{minutes} min.',
		'settings.hiddenLockSaved':
			'Stekboek vergrendelt nu {time} nadat je naar een andere app of het beginscherm gaat.',
		'settings.quickLists': 'Keuzelijsten bij Snel noteren op het vergrendelscherm',
		'settings.quickListsWarning':
			"Staat dit aan, dan zijn de namen van je activiteiten en thema's leesbaar op dit toestel, ook zonder wachtwoordzin.",
		'settings.quickListsOn': "Snel noteren toont nu je activiteiten en thema's.",
		'settings.quickListsOff':
			'Snel noteren biedt nu alleen een notitie; de lijsten zijn van dit toestel verwijderd.',
		'settings.changePassphrase': 'Wachtwoordzin wijzigen',
		'settings.currentPassphrase': 'Huidige wachtwoordzin',
		'settings.newPassphrase': 'Nieuwe wachtwoordzin',
		'settings.newPassphraseRepeat': 'Herhaal nieuwe wachtwoordzin',
		'settings.passphraseChanged': 'De wachtwoordzin is gewijzigd.',
		'settings.wipeAfter': 'Alles wissen na zoveel foute ontgrendelpogingen',
		'settings.wipeAfterOff': 'nooit',
		'settings.wipeAfterSaved': 'Opgeslagen.',
		'settings.data': 'Gegevens',
		'settings.import': 'Registraties importeren uit een rekenblad',
		'settings.wipeTitle': 'Alles wissen',
		'settings.wipeExplain':
			'Dit verwijdert de kluis en alle registraties van dit toestel. Dit kan niet ongedaan gemaakt worden. Typ WISSEN om te bevestigen.',
		'settings.wipeConfirm': 'Typ WISSEN',
		'settings.wipeWord': 'WISSEN',
		'settings.wipeButton': 'Alles wissen'
	},
	en: {
		'settings.title': 'Settings',
		'settings.language': 'Language',
		'settings.security': 'Security',
		'settings.autoLock': 'Lock automatically after (minutes unused)',
		'settings.autoLockSaved': 'Stekboek now locks after {minutes} minutes unused.',
		'settings.hiddenLock': 'Lock when Stekboek is out of sight, after',
		'settings.hiddenLockSeconds': '{seconds} seconds',
		'settings.hiddenLockMinutes': '{minutes} min.',
		'settings.hiddenLockSaved':
			'Stekboek now locks {time} after you switch to another app or the home screen.',
		'settings.quickLists': 'Choice lists for Quick note on the lock screen',
		'settings.quickListsWarning':
			'When this is on, the names of your activities and themes are readable on this device, even without the passphrase.',
		'settings.quickListsOn': 'Quick note now shows your activities and themes.',
		'settings.quickListsOff':
			'Quick note now offers a note only; the lists were removed from this device.',
		'settings.changePassphrase': 'Change passphrase',
		'settings.currentPassphrase': 'Current passphrase',
		'settings.newPassphrase': 'New passphrase',
		'settings.newPassphraseRepeat': 'Repeat new passphrase',
		'settings.passphraseChanged': 'The passphrase was changed.',
		'settings.wipeAfter': 'Erase everything after this many wrong unlock attempts',
		'settings.wipeAfterOff': 'never',
		'settings.wipeAfterSaved': 'Saved.',
		'settings.data': 'Data',
		'settings.import': 'Import registrations from a spreadsheet',
		'settings.wipeTitle': 'Erase everything',
		'settings.wipeExplain':
			'This removes the vault and every registration from this device. It cannot be undone. Type ERASE to confirm.',
		'settings.wipeConfirm': 'Type ERASE',
		'settings.wipeWord': 'ERASE',
		'settings.wipeButton': 'Erase everything'
	}
});
