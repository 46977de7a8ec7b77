import { defineMessages } from '../define-messages';

export const backupMessages = defineMessages({
	nl: {
		'backup.title': 'Back-up',
		'backup.explain':
			'Een back-up is één versleuteld bestand met alles uit je kluis. Bewaar het buiten dit toestel, bijvoorbeeld op je computer of een USB-stick. Het bestand opent alleen met de wachtwoordzin die de kluis had toen je de back-up maakte.',
		'backup.make': 'Back-up maken',
		'backup.making': 'Back-up wordt gemaakt…',
		'backup.downloaded':
			'Back-up gemaakt: {file} ({size}; {contents}). Zet het bestand op een veilige plek buiten dit toestel.',
		'backup.shared': 'Back-up gedeeld: {file} ({size}; {contents}).',
		'backup.summary.person': '{count, plural, one {# persoon} other {# personen}}',
		'backup.summary.contact': '{count, plural, one {# contact} other {# contacten}}',
		'backup.summary.session': '{count, plural, one {# bijeenkomst} other {# bijeenkomsten}}',
		'backup.summary.outreach': '{count, plural, one {# outreachronde} other {# outreachrondes}}',
		'backup.summary.signal': '{count, plural, one {# signaal} other {# signalen}}',
		'backup.summary.focusSession': '{count, plural, one {# focusgroep} other {# focusgroepen}}',
		'backup.summary.none': 'nog geen registraties, wel je lijsten en instellingen',
		'backup.cancelled': 'Delen afgebroken. Er is geen back-up bewaard.',
		'backup.skipped': '{count} gegevens waren ongeldig en zitten niet in de back-up.',
		'backup.setAside': '{count} onleesbare gegevens zitten niet in de back-up.',
		'backup.failed': 'De back-up kon niet gemaakt worden: {detail}',
		'backup.last': 'Laatste back-up: {date}.',
		'backup.never': 'Je hebt op dit toestel nog geen back-up gemaakt.',
		'backup.reminderTitle': 'Herinnering',
		'backup.reminderExplain':
			'Stekboek herinnert je op het beginscherm aan een back-up als de laatste te oud is of als er veel registraties bijkwamen.',
		'backup.reminderDays': 'Herinner na zoveel dagen zonder back-up',
		'backup.reminderRecords': 'Herinner na zoveel nieuwe registraties',
		'backup.reminderInvalid': 'Kies een geheel getal van {min} tot {max}.',
		'backup.reminderSaved': 'Opgeslagen.',
		'reminder.title': 'Tijd voor een back-up',
		'reminder.never':
			'Je hebt nog geen back-up gemaakt. Gaat dit toestel verloren of wist de browser zijn gegevens, dan ben je je registraties kwijt.',
		'reminder.age': 'Je laatste back-up is {days} dagen oud.',
		'reminder.records': 'Sinds je laatste back-up kwamen er {added} registraties bij.',
		'reminder.go': 'Back-up maken in Instellingen',
		'reminder.later': 'Later',
		'restore.open': 'Back-up terugzetten',
		'restore.firstRun': 'Heb je al een back-up, bijvoorbeeld van een vorig toestel?',
		'restore.title': 'Back-up terugzetten',
		'restore.introNew':
			'Kies het back-up-bestand (.stekboek) en typ de wachtwoordzin die de kluis had toen de back-up gemaakt werd. Met die wachtwoordzin open je Stekboek daarna ook op dit toestel.',
		'restore.introVault':
			'Kies het back-up-bestand (.stekboek) en typ de wachtwoordzin die de kluis had toen de back-up gemaakt werd. Het hele bestand wordt gecontroleerd voor er iets verandert.',
		'restore.file': 'Back-up-bestand',
		'restore.passphrase': 'Wachtwoordzin',
		'restore.mode': 'Wat gebeurt er met wat nu op dit toestel staat?',
		'restore.merge': 'Samenvoegen op id',
		'restore.mergeHint':
			'Wat in de back-up zit en hier nog niet, wordt toegevoegd. Staat iets zowel hier als in de back-up, dan blijft de versie van dit toestel. Er wordt niets gewist.',
		'restore.replace': 'Vervangen',
		'restore.replaceHint':
			'Alles wat nu op dit toestel staat, wordt gewist en vervangen door de inhoud van de back-up. De wachtwoordzin van dit toestel blijft dezelfde.',
		'restore.replaceConfirm': 'Typ VERVANGEN om te bevestigen',
		'restore.replaceWord': 'VERVANGEN',
		'restore.submit': 'Terugzetten',
		'restore.busy': 'Het bestand wordt gecontroleerd…',
		'restore.cancel': 'Annuleren',
		'restore.close': 'Sluiten',
		'restore.needFile': 'Kies eerst een back-up-bestand.',
		'restore.needPassphrase': 'Typ de wachtwoordzin van de back-up.',
		'restore.needMode': 'Kies of je wilt samenvoegen of vervangen.',
		'restore.needConfirm': 'Typ VERVANGEN om het vervangen te bevestigen.',
		'restore.doneMerge':
			'Back-up samengevoegd: {added} gegevens toegevoegd. {kept} gegevens stonden al op dit toestel en bleven zoals ze waren.',
		'restore.doneReplace':
			'Back-up teruggezet: dit toestel bevat nu de {count} gegevens uit de back-up.',
		'restore.sealedDropped':
			'{count} verzegelde inzendingen uit de back-up konden niet geopend worden en zijn niet overgenomen.',
		'restore.unchanged': 'Er is niets veranderd op dit toestel.',
		'restore.error.not-a-backup':
			'Dit is geen back-up van Stekboek. Kies een bestand dat eindigt op .stekboek.',
		'restore.error.newer-format':
			'Deze back-up is gemaakt met een nieuwere versie van Stekboek. Werk de app bij en probeer opnieuw.',
		'restore.error.damaged-header': 'Deze back-up is beschadigd en kan niet gelezen worden.',
		'restore.error.kdf-refused':
			'Deze back-up is aangepast of beschadigd: de beveiligingsinstellingen in het bestand kloppen niet.',
		'restore.error.wrong-passphrase':
			'Deze wachtwoordzin opent deze back-up niet. Gebruik de wachtwoordzin die de kluis had toen de back-up gemaakt werd.',
		'restore.error.truncated':
			'Deze back-up is onvolledig: het bestand is afgebroken, bijvoorbeeld bij het kopiëren.',
		'restore.error.tampered': 'Deze back-up is beschadigd of aangepast en wordt geweigerd.',
		'restore.error.invalid-content': 'De inhoud van deze back-up klopt niet en wordt geweigerd.',
		'restore.error.count-mismatch':
			'Deze back-up bevat niet het aantal gegevens dat hij zou moeten bevatten en wordt geweigerd.',
		'restore.error.invalid-record':
			'Deze back-up bevat een ongeldig gegeven en wordt als geheel geweigerd.',
		'restore.error.newer-record':
			'Deze back-up bevat gegevens van een nieuwere versie van Stekboek. Werk de app bij en probeer opnieuw.',
		'restore.error.too-large': 'Dit bestand is te groot om een back-up van Stekboek te zijn.',
		'restore.error.vault-exists':
			'Er staat intussen al een kluis op dit toestel. Ontgrendel die en zet de back-up terug via Instellingen.',
		'restore.error.unexpected': 'Het terugzetten lukte niet door een onverwachte fout.',
		'storage.title': 'Opslag op dit toestel',
		'storage.persisted':
			'Blijvende opslag: aan. De browser wist de gegevens van Stekboek niet op eigen houtje.',
		'storage.notPersisted':
			'Blijvende opslag: niet toegestaan. De browser kan de gegevens wissen als het toestel vol raakt. Maak regelmatig een back-up.',
		'storage.persistUnknown':
			'Deze browser zegt niet of de opslag blijvend is. Maak regelmatig een back-up.',
		'storage.request': 'Blijvende opslag aanvragen',
		'storage.refused':
			'De browser staat blijvende opslag (nog) niet toe. Zet Stekboek op je beginscherm of installeer de app; dat helpt meestal.',
		'storage.usage': 'Gebruikt: {used} van ongeveer {quota} beschikbaar.',
		'storage.usageUnknown': 'De browser geeft geen schatting van de gebruikte ruimte.',
		'storage.iosTitle': 'Zet Stekboek op je beginscherm',
		'storage.iosAdvice':
			'Safari wist de gegevens van een website die je 7 dagen niet opent. Een app op het beginscherm heeft die beperking niet. Maak eerst een back-up, tik dan op de deelknop en kies ‘Zet op beginscherm’. Open Stekboek voortaan via dat icoon en zet daar je back-up terug: de app op het beginscherm heeft een eigen opslag.'
	},
	en: {
		'backup.title': 'Backup',
		'backup.explain':
			'A backup is one encrypted file with everything in your vault. Keep it outside this device, for example on your computer or a USB stick. The file opens only with the passphrase the vault had when you made the backup.',
		'backup.make': 'Make backup',
		'backup.making': 'Making the backup…',
		'backup.downloaded':
			'Backup made: {file} ({size}; {contents}). Put the file somewhere safe, off this device.',
		'backup.shared': 'Backup shared: {file} ({size}; {contents}).',
		'backup.summary.person': '{count, plural, one {# person} other {# persons}}',
		'backup.summary.contact': '{count, plural, one {# contact} other {# contacts}}',
		'backup.summary.session': '{count, plural, one {# session} other {# sessions}}',
		'backup.summary.outreach': '{count, plural, one {# outreach round} other {# outreach rounds}}',
		'backup.summary.signal': '{count, plural, one {# signal} other {# signals}}',
		'backup.summary.focusSession': '{count, plural, one {# focus group} other {# focus groups}}',
		'backup.summary.none': 'no registrations yet, but your lists and settings',
		'backup.cancelled': 'Sharing cancelled. No backup was kept.',
		'backup.skipped': '{count} items were invalid and are not in the backup.',
		'backup.setAside': '{count} unreadable items are not in the backup.',
		'backup.failed': 'The backup could not be made: {detail}',
		'backup.last': 'Last backup: {date}.',
		'backup.never': 'You have not made a backup on this device yet.',
		'backup.reminderTitle': 'Reminder',
		'backup.reminderExplain':
			'Stekboek reminds you on the home screen to make a backup when the last one is too old or many registrations were added.',
		'backup.reminderDays': 'Remind after this many days without a backup',
		'backup.reminderRecords': 'Remind after this many new registrations',
		'backup.reminderInvalid': 'Choose a whole number from {min} to {max}.',
		'backup.reminderSaved': 'Saved.',
		'reminder.title': 'Time for a backup',
		'reminder.never':
			'You have not made a backup yet. If this device is lost or the browser clears its data, your registrations are gone.',
		'reminder.age': 'Your last backup is {days} days old.',
		'reminder.records': '{added} registrations were added since your last backup.',
		'reminder.go': 'Make a backup in Settings',
		'reminder.later': 'Later',
		'restore.open': 'Restore backup',
		'restore.firstRun': 'Do you have a backup already, for example from a previous device?',
		'restore.title': 'Restore backup',
		'restore.introNew':
			'Choose the backup file (.stekboek) and type the passphrase the vault had when the backup was made. You will then open Stekboek on this device with that passphrase too.',
		'restore.introVault':
			'Choose the backup file (.stekboek) and type the passphrase the vault had when the backup was made. The whole file is checked before anything changes.',
		'restore.file': 'Backup file',
		'restore.passphrase': 'Passphrase',
		'restore.mode': 'What happens to what is on this device now?',
		'restore.merge': 'Merge by id',
		'restore.mergeHint':
			'What is in the backup and not here yet is added. Where something is both here and in the backup, this device’s version stays. Nothing is erased.',
		'restore.replace': 'Replace',
		'restore.replaceHint':
			'Everything on this device now is erased and replaced by the contents of the backup. This device’s passphrase stays the same.',
		'restore.replaceConfirm': 'Type REPLACE to confirm',
		'restore.replaceWord': 'REPLACE',
		'restore.submit': 'Restore',
		'restore.busy': 'Checking the file…',
		'restore.cancel': 'Cancel',
		'restore.close': 'Close',
		'restore.needFile': 'Choose a backup file first.',
		'restore.needPassphrase': 'Type the passphrase of the backup.',
		'restore.needMode': 'Choose whether to merge or to replace.',
		'restore.needConfirm': 'Type REPLACE to confirm replacing.',
		'restore.doneMerge':
			'Backup merged: {added} items added. {kept} items were already on this device and stayed as they were.',
		'restore.doneReplace':
			'Backup restored: this device now holds the {count} items from the backup.',
		'restore.sealedDropped':
			'{count} sealed entries in the backup could not be opened and were not taken over.',
		'restore.unchanged': 'Nothing changed on this device.',
		'restore.error.not-a-backup':
			'This is not a Stekboek backup. Choose a file ending in .stekboek.',
		'restore.error.newer-format':
			'This backup was made by a newer version of Stekboek. Update the app and try again.',
		'restore.error.damaged-header': 'This backup is damaged and cannot be read.',
		'restore.error.kdf-refused':
			'This backup was altered or damaged: the security settings in the file are not right.',
		'restore.error.wrong-passphrase':
			'This passphrase does not open this backup. Use the passphrase the vault had when the backup was made.',
		'restore.error.truncated':
			'This backup is incomplete: the file was cut off, for example while copying.',
		'restore.error.tampered': 'This backup is damaged or was altered and is refused.',
		'restore.error.invalid-content': 'The contents of this backup are not right; it is refused.',
		'restore.error.count-mismatch':
			'This backup does not hold the number of items it should; it is refused.',
		'restore.error.invalid-record': 'This backup holds an invalid item and is refused as a whole.',
		'restore.error.newer-record':
			'This backup holds data from a newer version of Stekboek. Update the app and try again.',
		'restore.error.too-large': 'This file is too large to be a Stekboek backup.',
		'restore.error.vault-exists':
			'A vault appeared on this device meanwhile. Unlock it and restore the backup from Settings.',
		'restore.error.unexpected': 'Restoring failed because of an unexpected error.',
		'storage.title': 'Storage on this device',
		'storage.persisted':
			'Persistent storage: on. The browser will not clear Stekboek’s data by itself.',
		'storage.notPersisted':
			'Persistent storage: not granted. The browser may clear the data when the device runs full. Make backups regularly.',
		'storage.persistUnknown':
			'This browser does not say whether storage is persistent. Make backups regularly.',
		'storage.request': 'Request persistent storage',
		'storage.refused':
			'The browser does not grant persistent storage (yet). Adding Stekboek to the home screen or installing the app usually helps.',
		'storage.usage': 'Used: {used} of about {quota} available.',
		'storage.usageUnknown': 'The browser gives no estimate of the space used.',
		'storage.iosTitle': 'Add Stekboek to your Home Screen',
		'storage.iosAdvice':
			'Safari clears the data of a website you do not open for 7 days. An app on the Home Screen does not have that limit. Make a backup first, then tap the Share button and choose ‘Add to Home Screen’. From then on open Stekboek from that icon and restore your backup there: the Home Screen app has its own storage.'
	}
});
