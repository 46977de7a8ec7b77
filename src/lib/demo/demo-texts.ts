/** Made-up first names for demo aliases; an alias is a name plus an initial, like workers write. */
export const demoFirstNames = [
	'Fatima',
	'Jan',
	'Marleen',
	'Ahmed',
	'Rita',
	'Youssef',
	'Els',
	'Olena',
	'Dirk',
	'Amina',
	'Hilde',
	'Mehmet',
	'Nadia',
	'Luc',
	'Samira',
	'Patrick',
	'Ilse',
	'Omar',
	'Greet',
	'Irina',
	'Koen',
	'Leila',
	'Sofie',
	'Bilal',
	'Martine',
	'Tariq',
	'An',
	'Zainab',
	'Geert',
	'Maria'
] as const;

/** Short notes a worker might keep about a person. */
export const demoPersonNotes = [
	'',
	'',
	'Komt vaak met de kinderen.',
	'Spreekt liever Frans.',
	'Zit in de wachtlijst voor een sociale woning.',
	'Helpt graag bij het koken.',
	'Bellen na 14 uur.'
] as const;

/** Short notes about one contact. */
export const demoContactNotes = [
	'',
	'',
	'',
	'Even bijgepraat aan de kassa.',
	'Maakte zich zorgen over de energiefactuur.',
	'Vroeg naar het aanbod in de vakantie.',
	'Samen een afspraak gemaakt.'
] as const;

/** Descriptions of help requests, one small pool per theme id (others use the general pool). */
export const demoRequestDescriptions: Readonly<Record<string, readonly string[]>> = {
	'theme-administratie': [
		'Hulp bij een brief van de belastingen',
		'Formulier mutualiteit invullen'
	],
	'theme-huisvesting': ['Inschrijving SVK', 'Vocht in de woning, vraag naar huurdersbond'],
	'theme-energie': ['Hoge voorschotfactuur', 'Vraag naar energiesnoeiers'],
	'theme-digitaal': ['Itsme installeren', 'Afspraak online maken'],
	'theme-vrije-tijd': ['Vakantieaanbod voor de kinderen', 'Vraag naar de UiTPAS'],
	'theme-mobiliteit': ['Fietslessen', 'Abonnement De Lijn'],
	general: ['Vraag om info', 'Samen telefoneren', 'Zoeken naar de juiste dienst']
};

/** Titles of structural signals, as in the seed ("onduidelijk waar de UiTPAS geldt"). */
export const demoSignalTitles = [
	'Onduidelijk waar de UiTPAS gebruikt kan worden',
	'Lange wachttijden bij de intake',
	'Online afspraken zijn een drempel',
	'Te weinig betaalbaar vakantieaanbod',
	'Brieven van diensten zijn moeilijk leesbaar',
	'Busverbinding naar het ziekenhuis ontbreekt'
] as const;

/** Free-text answers to the open focus-group question. */
export const demoFocusAnswers = [
	'Meer plaats om samen te koken.',
	'De speeltuin is niet veilig.',
	'Fijn dat iedereen welkom is.',
	'Meer info in eenvoudige taal.',
	''
] as const;
