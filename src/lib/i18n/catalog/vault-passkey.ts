import { defineMessages } from '../define-messages';

/** Messages about unlocking with a passkey: the lock screen and its section in Instellingen. */
export const vaultPasskeyMessages = defineMessages({
	nl: {
		'passkey.unlock': 'Ontgrendel met passkey',
		'passkey.unlockBusy': 'Wacht op je passkey…',
		'passkey.orPassphrase': 'Of ontgrendel met je wachtwoordzin:',
		'passkey.cancelled':
			'De passkey werd geannuleerd of gaf geen antwoord. Ontgrendel met je wachtwoordzin.',
		'passkey.failed': 'De passkey werkte niet op dit toestel. Ontgrendel met je wachtwoordzin.',
		'passkey.wrong': 'Deze passkey opent de kluis niet. Ontgrendel met je wachtwoordzin.',
		'passkey.noPrf':
			'Deze passkey kan de kluis niet openen: het toestel of de browser kan er geen sleutel mee afleiden (de PRF-uitbreiding ontbreekt). Er is niets veranderd; ontgrendel verder met je wachtwoordzin.',
		'passkey.title': 'Passkey',
		'passkey.intro':
			'Ontgrendel met je vingerafdruk, gezicht of schermvergrendeling in plaats van je wachtwoordzin te typen. Je wachtwoordzin blijft de reserve: onthoud hem goed.',
		'passkey.setUp': 'Passkey instellen',
		'passkey.setUpIntro':
			'Bevestig met je wachtwoordzin. Daarna vraagt je toestel om een passkey voor Stekboek te maken.',
		'passkey.passphrase': 'Wachtwoordzin',
		'passkey.cancel': 'Annuleren',
		'passkey.busy': 'Wacht op je toestel…',
		'passkey.active':
			'Er is een passkey ingesteld: het vergrendelscherm biedt eerst “Ontgrendel met passkey” aan.',
		'passkey.done': 'De passkey is ingesteld.',
		'passkey.remove': 'Passkey verwijderen',
		'passkey.removed':
			'De passkey is verwijderd: alleen je wachtwoordzin opent de kluis nog. Verwijder de passkey “Stekboek” ook in het passkeybeheer van je toestel.',
		'passkey.noWebauthn':
			'Deze browser ondersteunt geen passkeys, dus ontgrendel je met je wachtwoordzin.',
		'passkey.noPrfBrowser':
			'Deze browser kan met een passkey geen sleutel afleiden (de PRF-uitbreiding ontbreekt), dus een passkey kan de kluis hier niet openen. Ontgrendel met je wachtwoordzin.',
		'passkey.removedByRotation':
			'De passkey is verwijderd, want hij opende de oude gegevenssleutel. Stel hem opnieuw in bij Instellingen.'
	},
	en: {
		'passkey.unlock': 'Unlock with passkey',
		'passkey.unlockBusy': 'Waiting for your passkey…',
		'passkey.orPassphrase': 'Or unlock with your passphrase:',
		'passkey.cancelled':
			'The passkey was cancelled or did not answer. Unlock with your passphrase.',
		'passkey.failed': 'The passkey did not work on this device. Unlock with your passphrase.',
		'passkey.wrong': 'This passkey does not open the vault. Unlock with your passphrase.',
		'passkey.noPrf':
			'This passkey cannot open the vault: the device or browser cannot derive a key with it (the PRF extension is missing). Nothing was changed; keep unlocking with your passphrase.',
		'passkey.title': 'Passkey',
		'passkey.intro':
			'Unlock with your fingerprint, face or screen lock instead of typing your passphrase. Your passphrase stays the fallback: remember it well.',
		'passkey.setUp': 'Set up passkey',
		'passkey.setUpIntro':
			'Confirm with your passphrase. Your device then asks to create a passkey for Stekboek.',
		'passkey.passphrase': 'Passphrase',
		'passkey.cancel': 'Cancel',
		'passkey.busy': 'Waiting for your device…',
		'passkey.active': 'A passkey is set up: the lock screen offers “Unlock with passkey” first.',
		'passkey.done': 'The passkey is set up.',
		'passkey.remove': 'Remove passkey',
		'passkey.removed':
			'The passkey was removed: only your passphrase opens the vault now. Also delete the passkey “Stekboek” in your device’s passkey manager.',
		'passkey.noWebauthn':
			'This browser does not support passkeys, so you unlock with your passphrase.',
		'passkey.noPrfBrowser':
			'This browser cannot derive a key with a passkey (the PRF extension is missing), so a passkey cannot open the vault here. Unlock with your passphrase.',
		'passkey.removedByRotation':
			'The passkey was removed because it opened the old data key. Set it up again in Settings.'
	}
});
