const DAY_MS = 86_400_000;

/** The ISO date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every date of a year that falls on the given weekday (0 Sunday … 6 Saturday). */
export function weekdaysOf(year: number, weekday: number): string[] {
	const dates: string[] = [];
	let date = `${year}-01-01`;
	const first = new Date(`${date}T00:00:00Z`).getUTCDay();
	date = addDays(date, (weekday - first + 7) % 7);
	while (date.startsWith(String(year))) {
		dates.push(date);
		date = addDays(date, 7);
	}
	return dates;
}

const workdays = new Map<number, string[]>();

/** A working day (Monday to Friday) of the year, chosen with the given random number. */
export function workdayOf(year: number, random: number): string {
	let days = workdays.get(year);
	if (!days) {
		days = [1, 2, 3, 4, 5].flatMap((weekday) => weekdaysOf(year, weekday)).sort();
		workdays.set(year, days);
	}
	return days[Math.floor(random * days.length)] ?? `${year}-01-01`;
}

/** Whether a date lies in the summer break (July and August), when some activities pause. */
export function inSummerBreak(date: string): boolean {
	const month = date.slice(5, 7);
	return month === '07' || month === '08';
}
