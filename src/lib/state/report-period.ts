import type { Language } from '$lib/i18n/messages';
import { yearPeriod, type Period } from '$lib/report/period';
import type { ReportInput, ReportLanguage } from '$lib/report/report-input';

/** The records whose dates decide which years a report can be made for. */
export type DatedRecords = Pick<
	ReportInput,
	'contacts' | 'sessions' | 'outreach' | 'signals' | 'focusSessions'
>;

/** Every year that holds a contact, session, outreach round, signal or focus group, newest first. */
export function yearsWithData(records: DatedRecords): number[] {
	const years = new Set<number>();
	const add = (date: string) => years.add(Number(date.slice(0, 4)));
	for (const { date } of records.contacts) add(date);
	for (const { date } of records.sessions) add(date);
	for (const { date } of records.outreach) add(date);
	for (const { firstSeen } of records.signals) add(firstSeen);
	for (const { date } of records.focusSessions) add(date);
	return [...years].sort((a, b) => b - a);
}

/** The year a report opens on: this year if it has data, else the latest year that has. */
export function defaultReportYear(years: readonly number[], currentYear: number): number {
	if (years.includes(currentYear)) return currentYear;
	return years.length > 0 ? Math.max(...years) : currentYear;
}

/** The year a period covers exactly, or null for any other period. */
export function calendarYearOf(period: Period): number | null {
	const year = Number(period.from.slice(0, 4));
	const whole = yearPeriod(year);
	return whole.from === period.from && whole.to === period.to ? year : null;
}

/** The period part of a file name: `2022` for a calendar year, else `<from>_<to>`. */
export function periodFileStem(period: Period): string {
	return String(calendarYearOf(period) ?? `${period.from}_${period.to}`);
}

/** The label language of a report: the app's language when a report can be labelled in it. */
export function reportLanguageOf(language: Language): ReportLanguage {
	return language === 'en' ? 'en' : 'nl';
}
