import { defineMessages } from '../define-messages';

export const personsMessages = defineMessages({
	nl: {
		'persons.title': 'Personen',
		'persons.search': 'Zoek een persoon',
		'persons.add': 'Nieuwe persoon',
		'persons.empty': 'Nog geen personen. Voeg de eerste toe.',
		'persons.noMatch': 'Niemand gevonden voor deze zoekterm.',
		'persons.count': '{count} personen',
		'persons.newTitle': 'Nieuwe persoon',
		'persons.editTitle': 'Persoon bewerken',
		'persons.saved': 'Opgeslagen.',
		'persons.notFound': 'Deze persoon bestaat niet (meer).',
		'persons.aliasRequired': 'Vul een roepnaam of initialen in.',
		'persons.back': 'Terug naar Personen',
		'persons.privacyHint':
			'Schrijf geen volledige naam of rijksregisternummer: een roepnaam of initialen volstaan.'
	},
	en: {
		'persons.title': 'People',
		'persons.search': 'Search a person',
		'persons.add': 'New person',
		'persons.empty': 'No people yet. Add the first one.',
		'persons.noMatch': 'Nobody found for this search.',
		'persons.count': '{count} people',
		'persons.newTitle': 'New person',
		'persons.editTitle': 'Edit person',
		'persons.saved': 'Saved.',
		'persons.notFound': 'This person does not exist (any more).',
		'persons.aliasRequired': 'Fill in a nickname or initials.',
		'persons.back': 'Back to People',
		'persons.privacyHint':
			'Do not write a full name or national number: a nickname or initials will do.'
	}
});
