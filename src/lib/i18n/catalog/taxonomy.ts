import { defineMessages } from '../define-messages';

/**
 * The list editor in Instellingen (`/instellingen/lijsten`) and the shared list file.
 * `taxonomy.issue.<code>` are the problems of `$lib/taxonomy`; `{list}` and `{deviceList}`
 * are filled with a translated list name.
 */
export const taxonomyMessages = defineMessages({
	nl: {
		'taxonomy.title': 'Lijsten',
		'taxonomy.settingsLink': "Lijsten beheren: activiteiten, thema's, aanpak…",
		'taxonomy.intro':
			'Dit zijn de lijsten waaruit je kiest bij het registreren. Een gearchiveerd item blijft op oude registraties staan, maar verschijnt niet meer bij het kiezen.',
		'taxonomy.list.activities': 'Activiteiten en vindplaatsen',
		'taxonomy.list.themes': "Thema's",
		'taxonomy.list.approaches': 'Aanpak',
		'taxonomy.list.referrals': 'Doorverwijzingen',
		'taxonomy.list.forums': 'Overlegfora',
		'taxonomy.list.outreachKinds': 'Soorten outreach',
		'taxonomy.list.areas': 'Wijken',
		'taxonomy.counts': '{active} actief, {archived} gearchiveerd',
		'taxonomy.newItem.activities': 'Nieuwe activiteit of vindplaats',
		'taxonomy.newItem.themes': 'Nieuw thema',
		'taxonomy.newItem.approaches': 'Nieuwe aanpak',
		'taxonomy.newItem.referrals': 'Nieuwe doorverwijzing',
		'taxonomy.newItem.forums': 'Nieuw overleg',
		'taxonomy.newItem.outreachKinds': 'Nieuwe soort outreach',
		'taxonomy.newItem.areas': 'Nieuwe wijk',
		'taxonomy.add': 'Toevoegen',
		'taxonomy.kind': 'Soort activiteit',
		'taxonomy.kind.group': 'Groepsactiviteit',
		'taxonomy.kind.individual': 'Individueel',
		'taxonomy.moveUp': 'Hoger: {label}',
		'taxonomy.moveDown': 'Lager: {label}',
		'taxonomy.edit': 'Wijzig {label}',
		'taxonomy.labelNl': 'Naam (Nederlands)',
		'taxonomy.labelEn': 'Naam (Engels, niet verplicht)',
		'taxonomy.uses': 'Aantal keer gebruikt op registraties: {count}.',
		'taxonomy.unused': 'Nog nergens gebruikt.',
		'taxonomy.archive': 'Archiveren',
		'taxonomy.archiveHint':
			'Archiveren haalt het item uit de keuzelijsten. Oude registraties houden het.',
		'taxonomy.deleteHint':
			'Je hebt dit item net toegevoegd en het is nog nergens gebruikt: je kunt het helemaal verwijderen.',
		'taxonomy.archived': 'Gearchiveerd',
		'taxonomy.unarchive': 'Terugzetten: {label}',
		'taxonomy.unarchiveText': 'Terugzetten',
		'taxonomy.done.added': '“{label}” is toegevoegd.',
		'taxonomy.done.renamed': 'De naam “{label}” is opgeslagen.',
		'taxonomy.done.moved': '“{label}” is verplaatst.',
		'taxonomy.done.archived': '“{label}” is gearchiveerd.',
		'taxonomy.done.unarchived': '“{label}” is terug actief.',
		'taxonomy.done.deleted': '“{label}” is verwijderd.',
		'taxonomy.transfer.title': 'Lijsten delen met je team',
		'taxonomy.transfer.explain':
			'Exporteer de lijsten als bestand voor je collega’s, of lees het bestand van een collega in. Items worden samengevoegd op hun id; er wordt niets verwijderd.',
		'taxonomy.export': 'Lijsten exporteren',
		'taxonomy.importFile': 'Lijstenbestand inlezen',
		'taxonomy.readFailed': 'Het bestand kon niet gelezen worden. Er is niets veranderd.',
		'taxonomy.refused': 'Dit bestand is niet gebruikt; er is niets veranderd.',
		'taxonomy.preview.title': 'Wat verandert er',
		'taxonomy.preview.added': 'Nieuw ({count})',
		'taxonomy.preview.renamed': 'Andere naam ({count})',
		'taxonomy.preview.archived': 'Wordt gearchiveerd ({count})',
		'taxonomy.preview.unarchived': 'Wordt terug actief ({count})',
		'taxonomy.preview.kindChanged': 'Andere soort activiteit ({count})',
		'taxonomy.preview.moved': 'Andere plaats in de lijst: {count}',
		'taxonomy.preview.unchanged': 'Blijven zoals ze zijn: {count}',
		'taxonomy.preview.inUse': 'in gebruik: {count}',
		'taxonomy.preview.nothing': 'Dit bestand verandert niets aan je lijsten.',
		'taxonomy.preview.apply': 'Wijzigingen toepassen',
		'taxonomy.preview.applied': 'De lijsten zijn bijgewerkt. Gewijzigde items: {count}.',
		'taxonomy.issue.tooLarge':
			'Het bestand is te groot voor een lijstenbestand (meer dan {max} tekens).',
		'taxonomy.issue.notJson':
			'Dit is geen geldig JSON-bestand. Kies het bestand dat Stekboek bij “Lijsten exporteren” maakte.',
		'taxonomy.issue.wrongFormat':
			'Dit is geen lijstenbestand van Stekboek (het formaat is “{found}”, verwacht: stekboek-taxonomy).',
		'taxonomy.issue.wrongVersion':
			'Dit lijstenbestand heeft versie {found}; deze Stekboek leest versie {supported}.',
		'taxonomy.issue.noLists': 'Het bestand bevat geen onderdeel “lists” met de lijsten.',
		'taxonomy.issue.notAList': 'De lijst {list} in het bestand is geen lijst van items.',
		'taxonomy.issue.notAnItem':
			'{list}, item {position}: dit is geen item met id, naam en archief.',
		'taxonomy.issue.wrongType':
			'{list}, item {position}: het veld “{field}” heeft een ongeldige waarde.',
		'taxonomy.issue.tooManyItems': 'De lijst {list} heeft meer dan {max} items.',
		'taxonomy.issue.invalidId':
			'{list}, item {position}: de id “{id}” is ongeldig. Een id heeft 3 tot 64 tekens: letters, cijfers, - of _.',
		'taxonomy.issue.invalidLabel':
			'{list}, item {position}: de naam is leeg of langer dan 200 tekens.',
		'taxonomy.issue.duplicateId': 'De id “{id}” komt meer dan één keer voor in het bestand.',
		'taxonomy.issue.listConflict':
			'De id “{id}” staat in het bestand bij {list}, maar op dit toestel bij {deviceList}.',
		'taxonomy.issue.emptyLabel': 'Vul een naam in.',
		'taxonomy.issue.labelTooLong': 'Een naam heeft hoogstens {max} tekens.',
		'taxonomy.issue.duplicateLabel': '“{label}” staat al in deze lijst.',
		'taxonomy.issue.duplicateArchived':
			'“{label}” staat al in deze lijst, bij Gearchiveerd. Zet het daar terug.',
		'taxonomy.issue.inUse':
			'Dit item wordt gebruikt ({count} keer) en kan alleen gearchiveerd worden.',
		'taxonomy.issue.unexpected': 'Er ging iets onverwacht mis. Er is niets veranderd.'
	},
	en: {
		'taxonomy.title': 'Lists',
		'taxonomy.settingsLink': 'Manage lists: activities, themes, approaches…',
		'taxonomy.intro':
			'These are the lists you choose from when you register. An archived item stays on old registrations but is no longer offered.',
		'taxonomy.list.activities': 'Activities and places',
		'taxonomy.list.themes': 'Themes',
		'taxonomy.list.approaches': 'Approaches',
		'taxonomy.list.referrals': 'Referrals',
		'taxonomy.list.forums': 'Forums',
		'taxonomy.list.outreachKinds': 'Outreach kinds',
		'taxonomy.list.areas': 'Areas',
		'taxonomy.counts': '{active} active, {archived} archived',
		'taxonomy.newItem.activities': 'New activity or place',
		'taxonomy.newItem.themes': 'New theme',
		'taxonomy.newItem.approaches': 'New approach',
		'taxonomy.newItem.referrals': 'New referral',
		'taxonomy.newItem.forums': 'New forum',
		'taxonomy.newItem.outreachKinds': 'New outreach kind',
		'taxonomy.newItem.areas': 'New area',
		'taxonomy.add': 'Add',
		'taxonomy.kind': 'Kind of activity',
		'taxonomy.kind.group': 'Group activity',
		'taxonomy.kind.individual': 'Individual',
		'taxonomy.moveUp': 'Up: {label}',
		'taxonomy.moveDown': 'Down: {label}',
		'taxonomy.edit': 'Edit {label}',
		'taxonomy.labelNl': 'Name (Dutch)',
		'taxonomy.labelEn': 'Name (English, optional)',
		'taxonomy.uses': 'Times used on registrations: {count}.',
		'taxonomy.unused': 'Not used anywhere yet.',
		'taxonomy.archive': 'Archive',
		'taxonomy.archiveHint':
			'Archiving removes the item from the pickers. Old registrations keep it.',
		'taxonomy.deleteHint':
			'You just added this item and it is not used anywhere: you can delete it completely.',
		'taxonomy.archived': 'Archived',
		'taxonomy.unarchive': 'Restore: {label}',
		'taxonomy.unarchiveText': 'Restore',
		'taxonomy.done.added': '“{label}” was added.',
		'taxonomy.done.renamed': 'The name “{label}” was saved.',
		'taxonomy.done.moved': '“{label}” was moved.',
		'taxonomy.done.archived': '“{label}” was archived.',
		'taxonomy.done.unarchived': '“{label}” is active again.',
		'taxonomy.done.deleted': '“{label}” was deleted.',
		'taxonomy.transfer.title': 'Share the lists with your team',
		'taxonomy.transfer.explain':
			'Export the lists as a file for your colleagues, or read a colleague’s file. Items are merged by their id; nothing is deleted.',
		'taxonomy.export': 'Export lists',
		'taxonomy.importFile': 'Read a lists file',
		'taxonomy.readFailed': 'The file could not be read. Nothing changed.',
		'taxonomy.refused': 'This file was not used; nothing changed.',
		'taxonomy.preview.title': 'What changes',
		'taxonomy.preview.added': 'New ({count})',
		'taxonomy.preview.renamed': 'Renamed ({count})',
		'taxonomy.preview.archived': 'Will be archived ({count})',
		'taxonomy.preview.unarchived': 'Will be active again ({count})',
		'taxonomy.preview.kindChanged': 'Other kind of activity ({count})',
		'taxonomy.preview.moved': 'Moved within their list: {count}',
		'taxonomy.preview.unchanged': 'Unchanged: {count}',
		'taxonomy.preview.inUse': 'in use: {count}',
		'taxonomy.preview.nothing': 'This file changes nothing in your lists.',
		'taxonomy.preview.apply': 'Apply changes',
		'taxonomy.preview.applied': 'The lists were updated. Items changed: {count}.',
		'taxonomy.issue.tooLarge':
			'The file is too large for a lists file (more than {max} characters).',
		'taxonomy.issue.notJson':
			'This is not a valid JSON file. Choose the file Stekboek made with “Export lists”.',
		'taxonomy.issue.wrongFormat':
			'This is not a Stekboek lists file (its format is “{found}”, expected: stekboek-taxonomy).',
		'taxonomy.issue.wrongVersion':
			'This lists file has version {found}; this Stekboek reads version {supported}.',
		'taxonomy.issue.noLists': 'The file has no “lists” part with the lists.',
		'taxonomy.issue.notAList': 'The list {list} in the file is not a list of items.',
		'taxonomy.issue.notAnItem':
			'{list}, item {position}: this is not an item with id, name and archive flag.',
		'taxonomy.issue.wrongType':
			'{list}, item {position}: the field “{field}” has an invalid value.',
		'taxonomy.issue.tooManyItems': 'The list {list} has more than {max} items.',
		'taxonomy.issue.invalidId':
			'{list}, item {position}: the id “{id}” is invalid. An id has 3 to 64 characters: letters, digits, - or _.',
		'taxonomy.issue.invalidLabel':
			'{list}, item {position}: the name is empty or longer than 200 characters.',
		'taxonomy.issue.duplicateId': 'The id “{id}” appears more than once in the file.',
		'taxonomy.issue.listConflict':
			'The id “{id}” is in {list} in the file, but in {deviceList} on this device.',
		'taxonomy.issue.emptyLabel': 'Fill in a name.',
		'taxonomy.issue.labelTooLong': 'A name has at most {max} characters.',
		'taxonomy.issue.duplicateLabel': '“{label}” is already in this list.',
		'taxonomy.issue.duplicateArchived':
			'“{label}” is already in this list, under Archived. Restore it there.',
		'taxonomy.issue.inUse': 'This item is used ({count} times) and can only be archived.',
		'taxonomy.issue.unexpected': 'Something unexpected went wrong. Nothing changed.'
	}
});
