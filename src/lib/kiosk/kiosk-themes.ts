import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import type { TaxonomyItem } from '$lib/domain/taxonomy.schema';
import type { KioskTheme } from './kiosk-config';
import type { KioskLanguage } from './kiosk-language';

/**
 * French names of the default themes, for the participant screen only (the worker's lists
 * have Dutch and English). Used only while a theme still carries its default Dutch name:
 * a theme the team renamed shows its own name rather than a stale translation.
 */
const frenchThemeLabels: Record<string, string> = {
	'theme-administratie': 'Papiers et démarches',
	'theme-dienstverlening': 'Services',
	'theme-werk': 'Travail',
	'theme-huisvesting': 'Logement',
	'theme-energie': 'Énergie',
	'theme-gezondheid': 'Santé',
	'theme-onderwijs': 'École',
	'theme-opleiding': 'Formation',
	'theme-vrije-tijd': 'Loisirs',
	'theme-vrijwilligerswerk': 'Bénévolat',
	'theme-financieel': 'Argent',
	'theme-materieel': 'Besoins matériels',
	'theme-mobiliteit': 'Mobilité',
	'theme-digitaal': 'Numérique',
	'theme-gezin': 'Famille et éducation',
	'theme-nt2': 'Apprendre le néerlandais',
	'theme-integratie': 'Intégration'
};

const defaultDutch = new Map(defaultTaxonomy().map((item) => [item.id, item.label]));

/** The kiosk's copy of the active themes (labels only: nothing personal). */
export function kioskThemes(themes: readonly TaxonomyItem[]): KioskTheme[] {
	return themes
		.filter((item) => item.list === 'themes' && !item.archived)
		.map((item) => ({
			id: item.id,
			label: item.label,
			labelEn: item.labelEn,
			labelFr:
				defaultDutch.get(item.id) === item.label ? (frenchThemeLabels[item.id] ?? null) : null
		}));
}

/** A theme's name in the participant's language, falling back to Dutch. */
export function kioskThemeLabel(theme: KioskTheme, language: KioskLanguage): string {
	if (language === 'en') return theme.labelEn ?? theme.label;
	if (language === 'fr') return theme.labelFr ?? theme.label;
	return theme.label;
}

/** The language a theme's name is shown in (Dutch where no translation exists). */
export function kioskThemeLanguage(theme: KioskTheme, language: KioskLanguage): KioskLanguage {
	if (language === 'en' && theme.labelEn) return 'en';
	if (language === 'fr' && theme.labelFr) return 'fr';
	return 'nl';
}
