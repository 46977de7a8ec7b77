import { ageBands, genders, households, origins, yesNoUnknown } from '$lib/domain/person.schema';
import { helpRequestStatuses } from '$lib/domain/contact.schema';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyList } from '$lib/domain/taxonomy.schema';
import { columnKeys, columnNames } from './columns';
import type { SheetCells } from './columns';

/** A small seeded random generator (mulberry32), so a seed always gives the same sheet. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** A cell as Excel writes it: quoted when it holds a delimiter, quote or line break. */
export function csvCell(value: string, delimiter = ';'): string {
	const needsQuotes = value.includes(delimiter) || /["\r\n]/.test(value);
	return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

const texts = [
	'Vraag over de factuur van de energieleverancier',
	'Brief van de huisbaas; wil opzeggen',
	'Zoekt "goedkope" fietsherstelling',
	'Formulier voor de kinderbijslag\ningevuld samen met de dochter',
	'Praatje aan de toog, voelt zich eenzaam'
];

/**
 * A realistic, valid registration sheet of `rows` rows (BOM, `;`, CRLF, as Belgian Excel
 * saves it) over the default taxonomy: regulars and anonymous visitors, both date forms,
 * multi-value cells, quoted texts with line breaks, signals. For tests and the benchmark.
 * Default items whose id the id schema refuses (too short) are left out of the sheet.
 */
export function makeSampleSheet(rows: number, seed = 1): string {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const labels = (list: TaxonomyList) =>
		defaultTaxonomy()
			.filter((item) => item.list === list)
			.map((item) => item.label);
	const [activities, themes, approaches, referrals] = (
		['activities', 'themes', 'approaches', 'referrals'] as const
	).map(labels) as [string[], string[], string[], string[]];
	const aliases = Array.from({ length: Math.max(5, Math.ceil(rows / 8)) }, (_, i) => `P${i + 1}`);
	const lines = [columnKeys.map((key) => columnNames[key].nl).join(';')];
	let previous: SheetCells | null = null;
	for (let index = 0; index < rows; index += 1) {
		const day = 1 + Math.floor(random() * 28);
		const month = 1 + Math.floor(random() * 12);
		const repeat = previous !== null && previous.person !== '' && random() < 0.25;
		const withHelp = random() < 0.75;
		const cells: SheetCells = {
			date:
				random() < 0.7
					? `${day}/${String(month).padStart(2, '0')}/2022`
					: `2022-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
			person: random() < 0.2 ? '' : pick(aliases),
			activity: pick(activities),
			theme: withHelp ? [pick(themes), ...(random() < 0.2 ? [pick(themes)] : [])].join('|') : '',
			description: random() < 0.5 ? pick(texts) : '',
			approach: withHelp
				? [pick(approaches), ...(random() < 0.2 ? [pick(approaches)] : [])].join(' | ')
				: '',
			referral: withHelp && random() < 0.3 ? pick(referrals) : '',
			status: withHelp && random() < 0.6 ? pick(helpRequestStatuses) : '',
			gender: random() < 0.6 ? pick(genders) : '',
			ageBand: random() < 0.5 ? pick(ageBands) : '',
			household: random() < 0.4 ? pick(households) : '',
			origin: random() < 0.5 ? pick(origins) : '',
			dutchHomeLanguage: random() < 0.5 ? pick(yesNoUnknown) : '',
			knownToSocialService: random() < 0.5 ? pick(yesNoUnknown) : '',
			firstContact: random() < 0.05 ? `${day}/${month}/2019` : ''
		};
		if (repeat && previous)
			Object.assign(cells, {
				date: previous.date,
				person: previous.person,
				activity: previous.activity
			});
		lines.push(columnKeys.map((key) => csvCell(cells[key])).join(';'));
		previous = cells;
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
