/**
 * Every figure of the report, declared once (house-style "Declare once, derive the rest").
 * The disclosure table, the ties the audit knows, the v2 export and its schema, the merge,
 * the CSV rows and the screen are all derived from this list: a new figure is one entry
 * here plus the code that counts it.
 */

/**
 * What a figure counts (SPEC "Disclosure control (version 2)"): people, events of people
 * (both protected), or the organisation's own work (published exactly).
 */
export type FigureUnit = 'person' | 'event' | 'organisational';

/** How a chart draws a breakdown on screen and in print. */
export type ChartKind = 'bar' | 'line' | 'none';

/** A report section: its JSON key and `report.section.*` message key. */
export type SectionName =
	| 'reach'
	| 'helpRequests'
	| 'activities'
	| 'outreach'
	| 'signals'
	| 'focusGroups'
	| 'contactsByMonth';

interface FigureBase {
	/** The section it sits in; `activities` figures exist once per activity. */
	section: SectionName;
	/** Its JSON key and `report.figure.*` message key. */
	name: string;
}

/** A single count, e.g. unique contacts. */
export interface CountFigure extends FigureBase {
	kind: 'count';
	unit: FigureUnit;
	/** The figure it is a subgroup of; the complement rule guards their difference. */
	parent?: string;
	/** A figure it never exceeds without being its subgroup (only the audit uses this). */
	atMost?: string;
	/** False for a component that is never exported itself (session attendance). */
	exported?: false;
	/**
	 * `new` for people whose first contact lies in the period: someone first seen in 2021
	 * and present only in 2022 is new in 2021–2022 but in neither year, so the total of a
	 * project period is at least each year's and no more is known.
	 */
	acrossYears?: 'new';
}

/** Counts per category, e.g. unique contacts by gender. */
export interface BreakdownFigure extends FigureBase {
	kind: 'breakdown';
	unit: FigureUnit;
	/** The figure its cells tie to. */
	total?: string;
	/** `sum`: the cells add up to the total; `each`: one item may count in several cells. */
	tie?: 'sum' | 'each';
	chart: ChartKind;
	/** Where the breakdown sits in the JSON when it is not `section.name`. */
	path?: string;
}

/** An average or share, published only when numerator and denominator are. */
export interface RateFigure extends FigureBase {
	kind: 'rate';
	numerator: string;
	denominator: string;
	scale: number;
}

/**
 * The mean rating per prompt: per prompt a protected count of ratings (never exported
 * itself, at most the number of inputs) and the mean, published only when that count is.
 */
export interface RatingFigure extends FigureBase {
	kind: 'ratings';
	atMost: string;
}

/** One figure declaration. */
export type FigureDeclaration = CountFigure | BreakdownFigure | RateFigure | RatingFigure;

// The helpers keep the section and name as literal types, so the exact report's type is
// derived from this list too (see exact-report.schema).
const count = <S extends SectionName, N extends string>(
	section: S,
	name: N,
	unit: FigureUnit,
	extra: Partial<CountFigure> = {}
): CountFigure & { section: S; name: N } => ({ ...extra, section, name, kind: 'count', unit });

const breakdown = <S extends SectionName, N extends string>(
	section: S,
	name: N,
	unit: FigureUnit,
	extra: Partial<BreakdownFigure> = {}
): BreakdownFigure & { section: S; name: N } => ({
	chart: 'bar',
	...extra,
	section,
	name,
	kind: 'breakdown',
	unit
});

const profile = <N extends string>(name: N) =>
	breakdown('reach', name, 'person', { total: 'uniqueContacts', tie: 'sum' });
const requests = <N extends string>(name: N, tie: 'sum' | 'each') =>
	breakdown('helpRequests', name, 'event', { total: 'total', tie });
const participants = <N extends string>(name: N, extra: Partial<CountFigure> = {}) =>
	count('activities', name, 'person', { parent: 'uniqueParticipants', ...extra });

const declared = [
	count('reach', 'uniqueContacts', 'person'),
	count('reach', 'newContacts', 'person', { parent: 'uniqueContacts', acrossYears: 'new' }),
	count('reach', 'knownToSocialService', 'person', { parent: 'uniqueContacts' }),
	profile('byGender'),
	profile('byAgeBand'),
	profile('byHousehold'),
	profile('byOrigin'),
	profile('byDutchHomeLanguage'),
	breakdown('reach', 'byFunction', 'person', { total: 'uniqueContacts', tie: 'each' }),
	profile('byIntake'),
	profile('byArea'),
	count('helpRequests', 'total', 'event'),
	count('helpRequests', 'signals', 'event', { parent: 'total' }),
	requests('byTheme', 'each'),
	requests('byApproach', 'each'),
	requests('byReferral', 'each'),
	requests('byActivity', 'sum'),
	requests('byStatus', 'sum'),
	requests('byFunction', 'sum'),
	requests('byIntake', 'sum'),
	requests('byArea', 'sum'),
	count('activities', 'sessions', 'organisational'),
	count('activities', 'sessionAttendance', 'event', { parent: 'attendance', exported: false }),
	count('activities', 'attendance', 'event'),
	count('activities', 'uniqueParticipants', 'person', { atMost: 'attendance' }),
	participants('newParticipants', { acrossYears: 'new' }),
	{
		section: 'activities',
		name: 'averageAttendance',
		kind: 'rate',
		numerator: 'sessionAttendance',
		denominator: 'sessions',
		scale: 1
	},
	participants('women'),
	participants('foreignOrigin'),
	participants('dutchNotHomeLanguage'),
	participants('knownToSocialService'),
	count('outreach', 'rounds', 'organisational'),
	count('outreach', 'addressesVisited', 'organisational'),
	count('outreach', 'conversations', 'event'),
	count('outreach', 'newPeopleReached', 'event'),
	{
		section: 'outreach',
		name: 'responseRate',
		kind: 'rate',
		numerator: 'conversations',
		denominator: 'addressesVisited',
		scale: 100
	},
	count('signals', 'total', 'organisational'),
	breakdown('signals', 'byTheme', 'organisational'),
	breakdown('signals', 'byStatus', 'organisational'),
	breakdown('signals', 'byForum', 'organisational'),
	count('focusGroups', 'sessions', 'organisational'),
	count('focusGroups', 'headcount', 'person'),
	count('focusGroups', 'inputs', 'event'),
	breakdown('focusGroups', 'inputsByTheme', 'event', { total: 'inputs', tie: 'each' }),
	{ section: 'focusGroups', name: 'meanRatingByPrompt', kind: 'ratings', atMost: 'inputs' },
	breakdown('contactsByMonth', 'contacts', 'event', { chart: 'line', path: 'contactsByMonth' })
] satisfies readonly FigureDeclaration[];

/** One declared figure with its section and name as literal types. */
export type DeclaredFigure = (typeof declared)[number];

/** The figures in report order; the order of the JSON, the CSV and the screen. */
export const figureDeclarations: readonly FigureDeclaration[] = declared;

/** The names of a section's figures of one kind, e.g. the counts of `reach`. */
export type FigureNames<S extends SectionName, K extends FigureDeclaration['kind']> = Extract<
	DeclaredFigure,
	{ section: S; kind: K }
>['name'];

/** Whether a figure is protected: it counts people or their events. */
export function isProtected(unit: FigureUnit): boolean {
	return unit !== 'organisational';
}

/** The declarations of one section, in report order. */
export function figuresOf(section: SectionName): FigureDeclaration[] {
	return figureDeclarations.filter((figure) => figure.section === section);
}
