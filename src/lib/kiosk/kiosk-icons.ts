/**
 * Line icons (24×24, drawn with a 2-px round stroke) for the participant screen: inline
 * SVG rather than emoji, so they look the same on every tablet and need no font. Each icon
 * is a list of path `d` strings; circles and rectangles are written as paths.
 */
function circle(cx: number, cy: number, r: number): string {
	return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

function rect(x: number, y: number, w: number, h: number, r: number): string {
	return (
		`M${x + r} ${y}h${w - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${h - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
		`h${-(w - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${-r}v${-(h - 2 * r)}a${r} ${r} 0 0 1 ${r} ${-r}z`
	);
}

const people = [
	circle(8, 8, 3),
	circle(16.5, 8, 2.5),
	'M2 20c0-3.3 2.7-5.5 6-5.5s6 2.2 6 5.5',
	'M14.5 15.2c.6-.4 1.3-.6 2-.6 3 0 5.5 2 5.5 5.4'
];

const themeIcons: Record<string, readonly string[]> = {
	'theme-administratie': ['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M9 12h6', 'M9 16h6'],
	'theme-dienstverlening': ['M3 18h18', 'M5 18a7 7 0 0 1 14 0', 'M12 11V8', 'M10 8h4'],
	'theme-werk': [rect(3, 7, 18, 13, 2), 'M9 7V4.5h6V7', 'M3 13h18'],
	'theme-huisvesting': ['M3 11l9-8 9 8', 'M5 9.5V21h14V9.5', 'M10 21v-6h4v6'],
	'theme-energie': ['M13 2L4 14h7l-1 8 9-12h-7z'],
	'theme-gezondheid': [
		'M12 20s-7.5-4.6-7.5-10A4 4 0 0 1 12 7.4 4 4 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z'
	],
	'theme-onderwijs': [
		'M2 5h7a3 3 0 0 1 3 3v12a2 2 0 0 0-2-2H2z',
		'M22 5h-7a3 3 0 0 0-3 3v12a2 2 0 0 1 2-2h8z'
	],
	'theme-opleiding': ['M2 9l10-5 10 5-10 5z', 'M6 11v5c3 2 9 2 12 0v-5', 'M22 9v5'],
	'theme-vrije-tijd': [
		circle(12, 12, 4),
		'M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4'
	],
	'theme-vrijwilligerswerk': [
		'M7 12V5.5a1.5 1.5 0 0 1 3 0V11',
		'M10 11V4a1.5 1.5 0 0 1 3 0v7',
		'M13 11V5.5a1.5 1.5 0 0 1 3 0V12',
		'M16 10a1.5 1.5 0 0 1 3 0v4.5a7 7 0 0 1-7 7h-.5a6 6 0 0 1-5.1-2.8l-2.7-4.3A1.5 1.5 0 0 1 6.2 13L7 14'
	],
	'theme-financieel': [circle(12, 12, 9), 'M15.5 8.6a4.2 4.2 0 1 0 0 6.8', 'M7 10.8h6M7 13.3h6'],
	'theme-materieel': ['M3 7.5l9-4.5 9 4.5v9L12 21l-9-4.5z', 'M3 7.5l9 4.5 9-4.5', 'M12 12v9'],
	'theme-mobiliteit': [rect(4, 3, 16, 15, 2), 'M4 11h16', 'M8 15h.01M16 15h.01', 'M7 18v3M17 18v3'],
	'theme-digitaal': [rect(4, 4, 16, 11, 1.5), 'M2 19h20', 'M10 19v-1h4v1'],
	'theme-gezin': [
		circle(8, 6, 3),
		circle(17, 10, 2),
		'M3 21v-4a5 5 0 0 1 10 0v4',
		'M13.5 21v-3a3.5 3.5 0 0 1 7 0v3'
	],
	'theme-nt2': ['M4 4h16v12H9l-5 4z', 'M8 9h8M8 12h5'],
	'theme-integratie': people
};

/** A tag, for a theme the team added itself. */
const otherTheme = ['M3 3h8l10 10-8 8L3 11z', circle(7.5, 7.5, 1.5)];

/** The icon of a theme; themes added by the team get a neutral tag. */
export function themeIcon(themeId: string): readonly string[] {
	return themeIcons[themeId] ?? otherTheme;
}

const mouths = [
	'M7.5 17.5c1.5-3 7.5-3 9 0',
	'M8.5 16.5c1.5-1.5 5.5-1.5 7 0',
	'M8.5 15.5h7',
	'M8.5 14.5c1.5 1.5 5.5 1.5 7 0',
	'M7.5 13.5c1.5 3.5 7.5 3.5 9 0'
];

/** A face for a rating of 1 (sad) to 5 (beaming). */
export function faceIcon(rating: number): readonly string[] {
	const mouth = mouths[Math.min(Math.max(rating, 1), 5) - 1] ?? '';
	return [circle(12, 12, 10), 'M9 9.5h.01M15 9.5h.01', mouth];
}

/** An "i" in a circle, next to the hint not to write names. */
export const infoIcon: readonly string[] = [circle(12, 12, 10), 'M12 11v6', 'M12 7.5h.01'];
