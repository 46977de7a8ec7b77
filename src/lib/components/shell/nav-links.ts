import type { MessageKey } from '$lib/i18n/messages';

/** Every place the navigation leads to. */
export type NavRoute =
	| '/'
	| '/personen'
	| '/activiteiten'
	| '/opvolgen'
	| '/signalen'
	| '/focusgroep'
	| '/rapport'
	| '/instellingen'
	| '/outreach'
	| '/import';

/** One navigation link: where it goes, its name, and its line icon (24×24 path data). */
export interface NavLink {
	href: NavRoute;
	key: MessageKey;
	icon: readonly string[];
}

const icons = {
	register: ['M12 5v14', 'M5 12h14'],
	persons: [
		'M5 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0',
		'M2 20c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5',
		'M14.5 15.2c.6-.4 1.3-.6 2-.6 3 0 5.5 2 5.5 5.4',
		'M14 8a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0'
	],
	activities: ['M4 5h16v15H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4'],
	followUp: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M12 7v5l3 3'],
	signals: ['M4 14h3l9 5V5L7 10H4z', 'M19 9.5a3.5 3.5 0 0 1 0 5'],
	focus: ['M4 5h16v11H9l-5 4z', 'M8 9h8', 'M8 12h5'],
	report: ['M4 20V10', 'M10 20V4', 'M16 20v-7', 'M3 20h18'],
	settings: [
		'M9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0',
		'M12 2v3',
		'M12 19v3',
		'M2 12h3',
		'M19 12h3',
		'M4.9 4.9l2.1 2.1',
		'M17 17l2.1 2.1',
		'M4.9 19.1L7 17',
		'M17 7l2.1-2.1'
	],
	outreach: [
		'M12 21s-6-5.4-6-11a6 6 0 0 1 12 0c0 5.6-6 11-6 11z',
		'M10 10a2 2 0 1 0 4 0a2 2 0 1 0-4 0'
	],
	import: ['M12 3v12', 'M7 10l5 5 5-5', 'M4 20h16'],
	more: ['M5 12h.01', 'M12 12h.01', 'M19 12h.01']
} as const;

const links = {
	register: { href: '/', key: 'nav.register', icon: icons.register },
	persons: { href: '/personen', key: 'nav.persons', icon: icons.persons },
	activities: { href: '/activiteiten', key: 'nav.activities', icon: icons.activities },
	followUp: { href: '/opvolgen', key: 'nav.followUp', icon: icons.followUp },
	signals: { href: '/signalen', key: 'nav.signals', icon: icons.signals },
	focus: { href: '/focusgroep', key: 'nav.focus', icon: icons.focus },
	report: { href: '/rapport', key: 'nav.report', icon: icons.report },
	settings: { href: '/instellingen', key: 'nav.settings', icon: icons.settings },
	outreach: { href: '/outreach', key: 'nav.outreach', icon: icons.outreach },
	import: { href: '/import', key: 'nav.import', icon: icons.import }
} satisfies Record<string, NavLink>;

/** The seven links of the UI contract, in their order: the wide screen shows exactly these. */
export const mainLinks: readonly NavLink[] = [
	links.register,
	links.persons,
	links.activities,
	links.signals,
	links.focus,
	links.report,
	links.settings
];

/** The phone's bottom bar: the daily destinations, within thumb reach. */
export const dailyLinks: readonly NavLink[] = [
	links.register,
	links.persons,
	links.activities,
	links.followUp
];

/** The phone's "Meer" sheet: every other destination, one tap after opening it. */
export const moreLinks: readonly NavLink[] = [
	links.signals,
	links.focus,
	links.report,
	links.settings,
	links.outreach,
	links.import
];

/** The icon of the "Meer" button. */
export const moreIcon = icons.more;

/** Whether `href` is the page at `path` or one of its sub-pages (`/` only itself). */
export function isCurrent(href: NavRoute, path: string): boolean {
	return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
