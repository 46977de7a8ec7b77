import type { ActivityKind, TaxonomyItem, TaxonomyList } from './taxonomy.schema';

/**
 * Default lists from the seed report (`shared/product/taxonomy-defaults.md`). Ids are
 * stable slugs so that teams who start from the defaults merge by id.
 */
type Seed = readonly [id: string, nl: string, en: string];

/** The approach "Opgepikt als signaal": choosing it marks a help request as a signal. */
export const SIGNAL_APPROACH_ID = 'appr-signaal';

const groupActivities: Seed[] = [
	['act-soep-met-babbels', 'Soep met Babbels', 'Soup and Chat'],
	['act-naaiatelier', 'Naaiatelier', 'Sewing workshop'],
	['act-digipunt', 'Digipunt', 'Digital help point'],
	['act-focusgroep', 'Focusgroep', 'Focus group'],
	['act-praattafel', 'Praattafel/Schoolbabbel', 'Conversation table/School chat'],
	['act-spelnamiddag', 'Spelnamiddag gezinnen', 'Family games afternoon'],
	['act-opstap-wandeling', 'Opstap wandeling', 'Opstap walk'],
	['act-repair-cafe', 'Repair Café', 'Repair Café'],
	['act-voorstelling-cc', "Voorstelling CC 't Spoor", "Show at CC 't Spoor"]
];

const individualSettings: Seed[] = [
	['act-sociale-kruidenier', 'Sociale kruidenier', 'Social grocery'],
	['act-huisbezoek', 'Huisbezoek', 'Home visit'],
	['act-stoepbezoek', 'Stoepbezoek', 'Doorstep visit'],
	['act-contact-op-straat', 'Contact op straat', 'Street contact'],
	['act-individueel-gesprek', 'Individueel gesprek', 'One-to-one talk'],
	['act-telefonisch', 'Telefonisch contact', 'Phone contact'],
	['act-sociale-dienst', 'Sociale dienst', 'Social service'],
	['act-huis-van-het-kind', 'Huis van het Kind', 'Huis van het Kind'],
	['act-welzijnsschakel', 'Welzijnsschakel de Spie', 'Welzijnsschakel de Spie'],
	['act-inreach', 'Inreach bij partner', 'Inreach at a partner']
];

const lists: Record<Exclude<TaxonomyList, 'activities'>, Seed[]> = {
	themes: [
		['theme-administratie', 'Administratie en papieren', 'Paperwork'],
		['theme-dienstverlening', 'Dienstverlening', 'Services'],
		['theme-werk', 'Werk', 'Work'],
		['theme-huisvesting', 'Huisvesting', 'Housing'],
		['theme-energie', 'Energie', 'Energy'],
		['theme-gezondheid', 'Gezondheid', 'Health'],
		['theme-onderwijs', 'Onderwijs', 'Education'],
		['theme-opleiding', 'Opleiding', 'Training'],
		['theme-vrije-tijd', 'Vrije tijd', 'Leisure'],
		['theme-vrijwilligerswerk', 'Vrijwilligerswerk', 'Volunteering'],
		['theme-financieel', 'Financieel', 'Money'],
		['theme-materieel', 'Materieel', 'Material needs'],
		['theme-mobiliteit', 'Mobiliteit', 'Mobility'],
		['theme-digitaal', 'Digitaal', 'Digital'],
		['theme-gezin', 'Gezin en opvoeding', 'Family and parenting'],
		['theme-nt2', 'NT2', 'Dutch as a second language'],
		['theme-integratie', 'Integratie', 'Integration']
	],
	approaches: [
		['appr-informatie', 'Informatie', 'Information'],
		['appr-advies', 'Advies', 'Advice'],
		['appr-doorverwijzing', 'Doorverwijzing', 'Referral'],
		['appr-luisterend-oor', 'Luisterend oor', 'Listening ear'],
		[
			'appr-praktische-hulp',
			'Praktische hulp (inschrijven, afspraak maken, telefoneren)',
			'Practical help (sign-ups, appointments, phone calls)'
		],
		['appr-samen-op-stap', 'Samen op stap', 'Going along'],
		['appr-verontrusting', 'Mogelijke verontrusting', 'Possible concern'],
		[SIGNAL_APPROACH_ID, 'Opgepikt als signaal', 'Picked up as a signal']
	],
	referrals: [
		['ref-hvw-intake', 'Huis van Welzijn (intake)', 'Huis van Welzijn (intake)'],
		['ref-hvw-zitdag', 'Zitdag Huis van Welzijn', 'Huis van Welzijn open day'],
		['ref-stadhuis', 'Stadhuis', 'Town hall'],
		['ref-kinderopvang', 'Kinderopvang', 'Childcare'],
		['ref-school', 'School/Ligo/CVO', 'School/Ligo/CVO'],
		['ref-huis-van-het-leren', 'Huis van het Leren', 'Huis van het Leren'],
		['ref-kind-en-gezin', 'Kind & Gezin', 'Kind & Gezin'],
		['ref-arktos', 'Arktos', 'Arktos'],
		['ref-ldc', 'Lokaal Dienstencentrum', 'Local service centre'],
		['ref-zorgbedrijf', 'Zorgbedrijf', 'Zorgbedrijf'],
		['ref-shm', 'SHM/SVK/Woonclub', 'SHM/SVK/Woonclub'],
		['ref-huurdersbond', 'Huurdersbond', "Tenants' union"],
		['ref-energiesnoeiers', 'Energiesnoeiers', 'Energiesnoeiers'],
		['ref-caw', 'CAW', 'CAW'],
		['ref-cggz', 'CGGZ', 'CGGZ'],
		['ref-vdab', 'VDAB', 'VDAB'],
		['ref-welzijnsschakel', 'Welzijnsschakel de Spie', 'Welzijnsschakel de Spie'],
		[
			'ref-jongerenzorg',
			'Jongerenzorg (Fietsbieb, Speelspook, Boetieksjiek)',
			'Youth care (Fietsbieb, Speelspook, Boetieksjiek)'
		],
		['ref-mutualiteit', 'Mutualiteit', 'Health insurance fund']
	],
	forums: [
		['forum-team-opstap', 'Team Opstap', 'Team Opstap'],
		['forum-team-intake', 'Team intake Huis van Welzijn', 'Huis van Welzijn intake team'],
		['forum-departement', 'Departementsoverleg', 'Department meeting'],
		[
			'forum-vrijetijd',
			'Lokaal overleg vrijetijdsparticipatie',
			'Local consultation on leisure participation'
		],
		['forum-hvhk', 'Huis van het Kind (stuurgroep)', 'Huis van het Kind (steering group)'],
		['forum-nt2', 'Overleg NT2', 'Dutch as a second language meeting'],
		['forum-integratie', 'Netwerkmoment integratie', 'Integration network meeting'],
		['forum-zorgzame-buurten', 'Werkgroep Zorgzame Buurten', 'Caring Neighbourhoods working group']
	],
	outreachKinds: [
		['out-stoepbezoeken', 'Stoepbezoeken', 'Doorstep visits'],
		['out-flyerronde', 'Flyerronde', 'Flyer round'],
		['out-soepbezoek', 'Soepbezoek', 'Soup visit'],
		['out-pakketbezorging', 'Pakketbezorging', 'Parcel delivery'],
		['out-kaartjesactie', 'Kaartjesactie', 'Card campaign'],
		['out-partner', 'Aanwezigheid bij activiteit van partner', "Presence at a partner's activity"],
		['out-spontaan', 'Spontane aanwezigheid in de wijk', 'Spontaneous presence in the area']
	],
	areas: [
		['area-centrum', 'Centrum', 'Centre'],
		['area-zandberg', 'Zandberg', 'Zandberg'],
		['area-hulste', 'Hulste', 'Hulste'],
		['area-overleie', 'Overleie', 'Overleie'],
		['area-arendswijk', 'Arendswijk', 'Arendswijk'],
		['area-eiland', 'Eiland', 'Eiland']
	]
};

function toItems(list: TaxonomyList, seeds: Seed[], kind: ActivityKind | null): TaxonomyItem[] {
	return seeds.map(([id, label, labelEn], order) => ({
		id,
		list,
		label,
		labelEn,
		archived: false,
		order,
		activityKind: kind
	}));
}

/** Every default item of every list, in display order. */
export function defaultTaxonomy(): TaxonomyItem[] {
	const activities = [
		...toItems('activities', groupActivities, 'group'),
		...toItems('activities', individualSettings, 'individual').map((item) => ({
			...item,
			order: item.order + groupActivities.length
		}))
	];
	const rest = (Object.keys(lists) as (keyof typeof lists)[]).flatMap((list) =>
		toItems(list, lists[list], null)
	);
	return [...activities, ...rest];
}
