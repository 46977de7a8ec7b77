import { defineMessages } from '../define-messages';

/** Messages about the vault's keys: rotation, the repaired header, what an erasure leaves. */
export const vaultKeysMessages = defineMessages({
	nl: {
		'vault.publicKeyRepaired':
			'Een deel van de kluis op dit toestel was aangepast (de publieke sleutel voor de focusgroep). Stekboek heeft het hersteld. Bewaarde gegevens zijn niet aangetast; start een lopende focusgroep opnieuw.',
		'rotate.withPassphrase': 'Ook de gegevenssleutel vernieuwen (aangeraden)',
		'rotate.withPassphraseHint':
			'Alles wordt opnieuw versleuteld met een nieuwe sleutel. Wie later een kopie van dit toestel en je oude wachtwoordzin heeft, kan dan niets openen van wat er vanaf nu bewaard wordt.',
		'rotate.button': 'Gegevenssleutel vernieuwen',
		'rotate.passphrase': 'Wachtwoordzin',
		'rotate.intro':
			'Vernieuw de gegevenssleutel: alles wordt opnieuw versleuteld met een nieuwe sleutel, zodat achtergebleven resten niet meer te openen zijn met de sleutel die je vanaf nu gebruikt. Bevestig met je wachtwoordzin.',
		'rotate.progress': 'Bezig met opnieuw versleutelen',
		'rotate.done': 'De gegevenssleutel is vernieuwd; alles is opnieuw versleuteld.',
		'erasure.remains':
			'Wat er nog kan overblijven: back-ups die je eerder maakte bevatten deze persoon nog. En de opslag van de browser kan nog een tijd oude, versleutelde resten bewaren, tot je de gegevenssleutel vernieuwt.',
		'settings.passphraseChangedRotated':
			'De wachtwoordzin is gewijzigd en alles is opnieuw versleuteld met een nieuwe gegevenssleutel.'
	},
	en: {
		'vault.publicKeyRepaired':
			'Part of the vault on this device had been altered (the public key for the focus group). Stekboek repaired it. Stored data is not affected; restart a running focus group.',
		'rotate.withPassphrase': 'Renew the data key too (recommended)',
		'rotate.withPassphraseHint':
			'Everything is encrypted again under a new key. Someone who later has a copy of this device and your old passphrase cannot open anything stored from now on.',
		'rotate.button': 'Renew data key',
		'rotate.passphrase': 'Passphrase',
		'rotate.intro':
			'Renew the data key: everything is encrypted again under a new key, so remnants left behind cannot be opened with the key you use from now on. Confirm with your passphrase.',
		'rotate.progress': 'Encrypting again',
		'rotate.done': 'The data key was renewed; everything is encrypted again.',
		'erasure.remains':
			'What can remain: backups you made before still hold this person. And the browser’s storage can keep old, encrypted remnants for a while, until you renew the data key.',
		'settings.passphraseChangedRotated':
			'The passphrase was changed and everything is encrypted again under a new data key.'
	}
});
