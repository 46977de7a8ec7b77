import { reportMessages, type ReportMessageKey } from '$lib/i18n/catalog/report';
import type { ReportLanguage } from './report-input';

/** The report catalog's text for `key` in `language` (section, figure and value names). */
export function reportText(language: ReportLanguage, key: ReportMessageKey): string {
	return reportMessages[language][key];
}

/** Domain values whose report label differs per language; the others are shown as they are. */
const valueKeys: Readonly<Record<string, ReportMessageKey>> = {
	vrouw: 'report.value.woman',
	onbekend: 'report.value.unknown',
	alleenstaand: 'report.value.single',
	eenoudergezin: 'report.value.singleParent',
	'koppel zonder kinderen': 'report.value.coupleNoChildren',
	'gezin met kinderen': 'report.value.familyWithChildren',
	andere: 'report.value.other',
	Belgisch: 'report.value.belgian',
	'niet-EU': 'report.value.nonEu',
	ja: 'report.value.yes',
	nee: 'report.value.no',
	'in opvolging': 'report.value.inFollowUp',
	afgerond: 'report.value.done',
	doorverwezen: 'report.value.referred',
	nieuw: 'report.value.new',
	geagendeerd: 'report.value.onAgenda',
	'eigen observatie': 'report.value.ownObservation',
	'persoon zelf': 'report.value.self',
	'professioneel netwerk': 'report.value.professionalNetwork',
	'niet-professioneel netwerk': 'report.value.informalNetwork'
};

/** The label of a fixed domain value (gender, age band, status…) in the report's language. */
export function valueLabel(value: string, language: ReportLanguage): string {
	const key = Object.hasOwn(valueKeys, value) ? valueKeys[value] : undefined;
	return key ? reportText(language, key) : value;
}
