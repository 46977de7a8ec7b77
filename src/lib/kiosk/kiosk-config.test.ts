import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '$lib/domain/taxonomy-defaults';
import {
	KIOSK_STORAGE_KEY,
	clearKioskConfig,
	kioskConfigFor,
	readKioskConfig,
	standardPromptText,
	writeKioskConfig
} from './kiosk-config';
import { memoryStorage } from '$test-support/kiosk/kiosk-test-kit';
import { kioskThemeLabel, kioskThemes } from './kiosk-themes';

const session = {
	id: 'session-1',
	date: '2024-05-02',
	title: 'Buurtgesprek',
	prompts: [
		{ id: 'prompt-open', kind: 'open' as const, text: standardPromptText() },
		{ id: 'prompt-vote', kind: 'themeVote' as const, text: 'Welke thema’s?' }
	],
	headcount: 0
};

describe('kiosk config', () => {
	it('keeps title, prompts, theme names and count, and no date', () => {
		const storage = memoryStorage();
		const config = kioskConfigFor(
			session,
			kioskThemes(defaultTaxonomy()),
			standardPromptText(),
			new Uint8Array(32).fill(7)
		);
		writeKioskConfig(storage, config);
		expect(readKioskConfig(storage)).toEqual(config);
		expect(storage.items.get(KIOSK_STORAGE_KEY)).not.toContain('2024-05-02');
		expect(config.prompts.map((prompt) => prompt.standard)).toEqual([true, false]);
		clearKioskConfig(storage);
		expect(readKioskConfig(storage)).toBeNull();
	});

	it('reads a damaged or foreign entry as no kiosk', () => {
		const storage = memoryStorage();
		storage.setItem(KIOSK_STORAGE_KEY, '{"format":"stekboek-kiosk","version":1}');
		expect(readKioskConfig(storage)).toBeNull();
		storage.setItem(KIOSK_STORAGE_KEY, 'not json');
		expect(readKioskConfig(storage)).toBeNull();
		expect(readKioskConfig(null)).toBeNull();
	});

	it('offers only active themes, in French only while a theme keeps its default name', () => {
		const items = defaultTaxonomy().map((item) =>
			item.id === 'theme-werk'
				? { ...item, label: 'Werk en inkomen' }
				: item.id === 'theme-nt2'
					? { ...item, archived: true }
					: item
		);
		const themes = kioskThemes(items);
		expect(themes.some((theme) => theme.id === 'theme-nt2')).toBe(false);
		expect(themes.every((theme) => theme.id.startsWith('theme-'))).toBe(true);
		const housing = themes.find((theme) => theme.id === 'theme-huisvesting')!;
		expect(kioskThemeLabel(housing, 'fr')).toBe('Logement');
		expect(kioskThemeLabel(housing, 'en')).toBe('Housing');
		const work = themes.find((theme) => theme.id === 'theme-werk')!;
		expect(kioskThemeLabel(work, 'fr')).toBe('Werk en inkomen');
	});
});
