import { defineMessages } from '../define-messages';

/**
 * Messages of the registration-sheet import, one per issue code of `$lib/import`
 * (`import.<code>`). Row messages name the line of the file and the column.
 */
export const importMessages = defineMessages({
	nl: {
		'import.emptyFile': 'Het bestand is leeg. Kies het CSV-bestand van je registratieblad.',
		'import.missingColumns':
			'De eerste regel van het bestand moet de kolomnamen bevatten. Deze verplichte kolom(men) ontbreken: {columns}.',
		'import.duplicateColumn':
			'De kolom "{column}" staat twee keer in het bestand. Hou één kolom met die naam over.',
		'import.unclosedQuote':
			'Regel {line}: een aanhalingsteken (") wordt nergens afgesloten, daardoor kan de rest van het bestand niet gelezen worden. Sla het blad opnieuw op als CSV.',
		'import.tooManyRows':
			'Het bestand heeft meer dan {max} regels. Splits het blad in kleinere bestanden en importeer ze na elkaar.',
		'import.unreadable':
			'Het bestand kan niet gelezen worden. Sla het blad opnieuw op als CSV (UTF-8) en probeer nog eens.',
		'import.missingDate':
			'Regel {line}: de kolom {column} is leeg. Elke regel heeft een datum nodig.',
		'import.invalidDate':
			'Regel {line}: de datum "{value}" in de kolom {column} is geen geldige datum (gebruik JJJJ-MM-DD of DD/MM/JJJJ).',
		'import.missingActivity':
			'Regel {line}: de kolom {column} is leeg. Elke regel heeft een activiteit of vindplaats nodig.',
		'import.invalidValue':
			'Regel {line}: "{value}" is geen geldige waarde voor {column}. Toegelaten zijn: {allowed}.',
		'import.missingApproach':
			'Regel {line}: er is een thema ingevuld maar de kolom {column} is leeg. Vul minstens één aanpak in.',
		'import.helpWithoutTheme':
			'Regel {line}: de kolom {column} is ingevuld maar Thema is leeg. Vul een thema in, of maak {column} leeg voor een contact zonder hulpvraag.',
		'import.tooManyFields':
			'Regel {line}: deze regel heeft {count} vakken, terwijl de kolomnamen er {expected} hebben. Staat er misschien een scheidingsteken in een tekst zonder aanhalingstekens?',
		'import.badQuotes':
			'Regel {line}: de aanhalingstekens (") in deze regel staan niet goed. Zet een tekst met aanhalingstekens helemaal tussen aanhalingstekens.',
		'import.valueTooLong':
			'Regel {line}: de tekst in de kolom {column} is te lang (hoogstens {max} tekens).',
		'import.ambiguousPerson':
			'Regel {line}: er zijn {count} personen met de alias "{alias}" in Stekboek, dus het is niet duidelijk wie bedoeld is. Geef hen eerst een verschillende alias.',
		'import.undecidedLabel':
			'Kies eerst wat er moet gebeuren met "{label}": toevoegen aan de lijst, of koppelen aan een bestaand item.',
		'import.unknownTarget':
			'"{label}" is gekoppeld aan een item dat niet (meer) in de lijst staat. Kies opnieuw.',
		'import.invalidRecord':
			'De gegevens konden niet worden klaargezet om op te slaan ({kind}). Er is niets opgeslagen.',
		'import.unexpected':
			'Er ging iets onverwacht mis bij het lezen van het bestand. Er is niets opgeslagen.',
		'import.page.title': 'Registraties importeren',
		'import.page.intro':
			'Lees de registraties in die je bijhield in een rekenblad. Sla het blad op als CSV (puntkomma of komma). Je ziet eerst wat er ingelezen wordt; pas als je op Importeren drukt, wordt er iets opgeslagen.',
		'import.page.columns':
			'Verplichte kolommen: Datum en Activiteit. Ook gelezen: Persoon, Thema, Omschrijving, Aanpak, Doorverwijzing naar, Status, Geslacht, Leeftijd, Gezinssituatie, Herkomst, Thuistaal Nederlands, Gekend bij sociale dienst, Eerste contact.',
		'import.page.file': 'CSV-bestand',
		'import.page.reading': 'Het bestand wordt gelezen…',
		'import.page.fileTooLarge':
			'Het bestand is te groot (meer dan {max} MB). Splits het blad in kleinere bestanden.',
		'import.page.windows1252':
			'Het bestand was niet opgeslagen als UTF-8; het is gelezen als Windows-tekst. Kijk na of letters met accenten (é, ë) goed staan.',
		'import.page.nothingSaved': 'Er is niets opgeslagen.',
		'import.page.previewTitle': 'Voorbeeld',
		'import.page.rows': 'Regels',
		'import.page.validRows': 'Bruikbare regels',
		'import.page.persons': 'Personen',
		'import.page.personsValue': '{new} nieuw, {existing} al in Stekboek',
		'import.page.contacts': 'Contacten',
		'import.page.already':
			'{count, plural, one {# contact staat er al — overslaan} other {# contacten staan er al — overslaan}}',
		'import.page.doneSkipped': 'Stonden er al (overgeslagen)',
		'import.page.helpRequests': 'Hulpvragen',
		'import.page.signals': 'Signalen',
		'import.page.invalidTitle': 'Regels die niet ingelezen worden ({count})',
		'import.page.invalidExplain':
			'Deze regels worden overgeslagen. Wil je ze toch importeren, verbeter ze dan in het rekenblad en kies het bestand opnieuw.',
		'import.page.ignoredColumns': 'Deze kolommen worden niet gebruikt: {columns}.',
		'import.page.unknownTitle': 'Onbekende namen ({count})',
		'import.page.unknownExplain':
			'Deze namen staan niet in je lijsten. Kies voor elk: toevoegen als nieuw item, of koppelen aan een item dat al bestaat.',
		'import.page.unknownLegend': '“{label}” ({list})',
		'import.page.unknownLines': 'Op regel {lines}',
		'import.page.add': 'Toevoegen aan de lijst',
		'import.page.map': 'Koppelen aan bestaand item',
		'import.page.mapTarget': 'Bestaand item voor “{label}”',
		'import.page.chooseItem': 'Kies een item',
		'import.page.undecided': 'Kies eerst voor elke onbekende naam wat ermee moet gebeuren.',
		'import.page.noValidRows': 'Er is geen enkele bruikbare regel om te importeren.',
		'import.page.import': 'Importeren',
		'import.page.saving': 'Bezig met opslaan…',
		'import.page.saveFailed': 'Opslaan lukte niet ({detail}). Er is niets opgeslagen.',
		'import.page.doneTitle': 'Import klaar',
		'import.page.doneSummary': 'Alles is opgeslagen:',
		'import.page.doneContacts': 'Contacten',
		'import.page.doneNewPersons': 'Nieuwe personen',
		'import.page.doneUpdatedPersons': 'Bijgewerkte personen',
		'import.page.doneItems': 'Nieuwe items in de lijsten',
		'import.page.toPersons': 'Naar Personen',
		'import.page.again': 'Nog een bestand importeren'
	},
	en: {
		'import.emptyFile': 'The file is empty. Choose the CSV file of your registration sheet.',
		'import.missingColumns':
			'The first line of the file must hold the column names. These required columns are missing: {columnsEn}.',
		'import.duplicateColumn':
			'The column "{column}" appears twice in the file. Keep only one column with that name.',
		'import.unclosedQuote':
			'Line {line}: a quotation mark (") is never closed, so the rest of the file cannot be read. Save the sheet as CSV again.',
		'import.tooManyRows':
			'The file has more than {max} lines. Split the sheet into smaller files and import them one after the other.',
		'import.unreadable':
			'The file cannot be read. Save the sheet as CSV (UTF-8) again and try once more.',
		'import.missingDate': 'Line {line}: the column {column} is empty. Every line needs a date.',
		'import.invalidDate':
			'Line {line}: the date "{value}" in the column {column} is not a valid date (use YYYY-MM-DD or DD/MM/YYYY).',
		'import.missingActivity':
			'Line {line}: the column {column} is empty. Every line needs an activity or place.',
		'import.invalidValue':
			'Line {line}: "{value}" is not a valid value for {column}. Allowed are: {allowed}.',
		'import.missingApproach':
			'Line {line}: a theme is filled in but the column {column} is empty. Fill in at least one approach.',
		'import.helpWithoutTheme':
			'Line {line}: the column {column} is filled in but Theme is empty. Fill in a theme, or empty {column} for a contact without a help request.',
		'import.tooManyFields':
			'Line {line}: this line has {count} fields while the column names have {expected}. Is there a separator in a text without quotation marks?',
		'import.badQuotes':
			'Line {line}: the quotation marks (") on this line are not right. Put a text that contains quotation marks entirely between quotation marks.',
		'import.valueTooLong':
			'Line {line}: the text in the column {column} is too long (at most {max} characters).',
		'import.ambiguousPerson':
			'Line {line}: there are {count} persons with the alias "{alias}" in Stekboek, so it is unclear who is meant. Give them different aliases first.',
		'import.undecidedLabel':
			'First choose what to do with "{label}": add it to the list, or link it to an existing item.',
		'import.unknownTarget':
			'"{label}" is linked to an item that is not (or no longer) in the list. Choose again.',
		'import.invalidRecord':
			'The data could not be prepared for saving ({kind}). Nothing was saved.',
		'import.unexpected':
			'Something unexpected went wrong while reading the file. Nothing was saved.',
		'import.page.title': 'Import registrations',
		'import.page.intro':
			'Read the registrations you kept in a spreadsheet. Save the sheet as CSV (semicolon or comma). You first see what will be read; nothing is saved until you press Import.',
		'import.page.columns':
			'Required columns: Datum (Date) and Activiteit (Activity). Also read: Persoon, Thema, Omschrijving, Aanpak, Doorverwijzing naar, Status, Geslacht, Leeftijd, Gezinssituatie, Herkomst, Thuistaal Nederlands, Gekend bij sociale dienst, Eerste contact.',
		'import.page.file': 'CSV file',
		'import.page.reading': 'Reading the file…',
		'import.page.fileTooLarge':
			'The file is too large (more than {max} MB). Split the sheet into smaller files.',
		'import.page.windows1252':
			'The file was not saved as UTF-8; it was read as Windows text. Check that accented letters (é, ë) look right.',
		'import.page.nothingSaved': 'Nothing was saved.',
		'import.page.previewTitle': 'Preview',
		'import.page.rows': 'Lines',
		'import.page.validRows': 'Usable lines',
		'import.page.persons': 'Persons',
		'import.page.personsValue': '{new} new, {existing} already in Stekboek',
		'import.page.contacts': 'Contacts',
		'import.page.already':
			'{count, plural, one {# contact is already there — skipped} other {# contacts are already there — skipped}}',
		'import.page.doneSkipped': 'Already there (skipped)',
		'import.page.helpRequests': 'Help requests',
		'import.page.signals': 'Signals',
		'import.page.invalidTitle': 'Lines that will not be read ({count})',
		'import.page.invalidExplain':
			'These lines are skipped. To import them anyway, correct them in the spreadsheet and choose the file again.',
		'import.page.ignoredColumns': 'These columns are not used: {columns}.',
		'import.page.unknownTitle': 'Unknown names ({count})',
		'import.page.unknownExplain':
			'These names are not in your lists. For each, choose: add it as a new item, or link it to an item that exists.',
		'import.page.unknownLegend': '“{label}” ({list})',
		'import.page.unknownLines': 'On line {lines}',
		'import.page.add': 'Add to the list',
		'import.page.map': 'Link to an existing item',
		'import.page.mapTarget': 'Existing item for “{label}”',
		'import.page.chooseItem': 'Choose an item',
		'import.page.undecided': 'First choose what to do with every unknown name.',
		'import.page.noValidRows': 'There is no usable line to import.',
		'import.page.import': 'Import',
		'import.page.saving': 'Saving…',
		'import.page.saveFailed': 'Saving failed ({detail}). Nothing was saved.',
		'import.page.doneTitle': 'Import done',
		'import.page.doneSummary': 'Everything was saved:',
		'import.page.doneContacts': 'Contacts',
		'import.page.doneNewPersons': 'New persons',
		'import.page.doneUpdatedPersons': 'Updated persons',
		'import.page.doneItems': 'New list items',
		'import.page.toPersons': 'Go to Persons',
		'import.page.again': 'Import another file'
	}
});
