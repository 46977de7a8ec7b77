import { defineMessages } from '../define-messages';

export const vaultMessages = defineMessages({
	nl: {
		'vault.firstRun.title': 'Welkom bij Stekboek',
		'vault.firstRun.intro':
			'Stekboek bewaart je registraties alleen op dit toestel, versleuteld met een wachtwoordzin die enkel jij kent.',
		'vault.firstRun.warning':
			'Onthoud je wachtwoordzin goed. Niemand kan hem herstellen: wie hem vergeet, kan de gegevens niet meer openen. Maak daarom ook regelmatig een back-up.',
		'vault.passphrase': 'Wachtwoordzin',
		'vault.passphraseRepeat': 'Herhaal wachtwoordzin',
		'vault.passphraseHint':
			'Minstens 12 tekens. Een zin van vier of meer woorden is sterk en makkelijk te onthouden.',
		'vault.create': 'Kluis aanmaken',
		'vault.creating': 'Kluis wordt aangemaakt…',
		'vault.tooShort': 'De wachtwoordzin moet minstens 12 tekens lang zijn.',
		'vault.mismatch': 'De twee wachtwoordzinnen zijn niet gelijk.',
		'vault.strength.weak': 'Sterkte: zwak',
		'vault.strength.fair': 'Sterkte: redelijk',
		'vault.strength.strong': 'Sterkte: sterk',
		'unlock.title': 'Stekboek is vergrendeld',
		'unlock.submit': 'Ontgrendelen',
		'unlock.busy': 'Bezig met ontgrendelen…',
		'unlock.wrong': 'Deze wachtwoordzin klopt niet. Probeer opnieuw.',
		'unlock.wait': 'Te veel foute pogingen. Wacht nog {seconds} seconden.',
		'unlock.headerDamaged':
			'De kluis op dit toestel is beschadigd of aangepast en kan niet veilig geopend worden. Zet een back-up terug.',
		'unlock.storageStuck':
			'De opslag van dit toestel antwoordt niet. Sluit de andere tabbladen met Stekboek, herlaad de pagina en probeer opnieuw.',
		'unlock.kdfStuck':
			'Het ontgrendelen duurde te lang en is gestopt. Herlaad de pagina en probeer opnieuw.',
		'vault.lock': 'Vergrendelen',
		'vault.setAside':
			'{count} gegevens konden niet gelezen worden en zijn apart gezet. Ze blijven bewaard; zet een back-up terug als dit blijft.',
		'vault.error': 'Er liep iets mis: {detail}',
		'storage.full':
			'Het toestel heeft geen opslagruimte meer. Er is niets bewaard. Maak ruimte vrij (foto’s, andere apps) of maak een back-up en probeer opnieuw.',
		'storage.conflict':
			'Dit werd intussen in een ander venster van Stekboek gewijzigd. Je ziet nu de nieuwste versie; doe je wijziging opnieuw.'
	},
	en: {
		'vault.firstRun.title': 'Welcome to Stekboek',
		'vault.firstRun.intro':
			'Stekboek keeps your registrations on this device only, encrypted with a passphrase that only you know.',
		'vault.firstRun.warning':
			'Remember your passphrase. Nobody can recover it: if you forget it, the data cannot be opened again. Make regular backups too.',
		'vault.passphrase': 'Passphrase',
		'vault.passphraseRepeat': 'Repeat passphrase',
		'vault.passphraseHint':
			'At least 12 characters. A sentence of four or more words is strong and easy to remember.',
		'vault.create': 'Create vault',
		'vault.creating': 'Creating the vault…',
		'vault.tooShort': 'The passphrase must be at least 12 characters long.',
		'vault.mismatch': 'The two passphrases are not the same.',
		'vault.strength.weak': 'Strength: weak',
		'vault.strength.fair': 'Strength: fair',
		'vault.strength.strong': 'Strength: strong',
		'unlock.title': 'Stekboek is locked',
		'unlock.submit': 'Unlock',
		'unlock.busy': 'Unlocking…',
		'unlock.wrong': 'That passphrase is not right. Try again.',
		'unlock.wait': 'Too many wrong attempts. Wait {seconds} more seconds.',
		'unlock.headerDamaged':
			'The vault on this device is damaged or was altered and cannot be opened safely. Restore a backup.',
		'unlock.storageStuck':
			'The storage of this device does not answer. Close the other Stekboek tabs, reload the page and try again.',
		'unlock.kdfStuck': 'Unlocking took too long and was stopped. Reload the page and try again.',
		'vault.lock': 'Lock',
		'vault.setAside':
			'{count} items could not be read and were set aside. They are kept; restore a backup if this persists.',
		'vault.error': 'Something went wrong: {detail}',
		'storage.full':
			'The device is out of storage space. Nothing was saved. Free up space (photos, other apps) or make a backup and try again.',
		'storage.conflict':
			'This was changed meanwhile in another Stekboek window. You now see the latest version; make your change again.'
	}
});
