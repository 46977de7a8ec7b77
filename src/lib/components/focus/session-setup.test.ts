import { describe, expect, it } from 'vitest';
import { buildSession, emptySetup, newPrompt, setupFromTemplate } from './session-setup';

const STANDARD = 'Wat wil je ons vertellen?';

describe('buildSession', () => {
	it('gives a session with only a title the standard open question', () => {
		const setup = { ...emptySetup('2024-05-02', STANDARD), title: ' Buurtgesprek ', prompts: [] };
		const result = buildSession(setup, STANDARD);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.session).toMatchObject({
			title: 'Buurtgesprek',
			date: '2024-05-02',
			headcount: 0
		});
		expect(result.session.prompts).toMatchObject([{ kind: 'open', text: STANDARD }]);
	});

	it('starts a new setup with the standard open question filled in', () => {
		expect(emptySetup('2024-05-02', STANDARD).prompts).toMatchObject([
			{ kind: 'open', text: STANDARD }
		]);
	});

	it('refuses a missing title, a bad date and an empty prompt', () => {
		const setup = { ...emptySetup('2024-02-30', STANDARD), prompts: [newPrompt('rating')] };
		const result = buildSession(setup, STANDARD);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((issue) => issue.key)).toEqual([
			'focus.error.title',
			'focus.error.date',
			'focus.error.prompt'
		]);
	});

	it('updates the template it came from instead of copying it, or keeps none', () => {
		const template = {
			id: 'template-1',
			title: 'Enquête',
			prompts: [newPrompt('rating', 'Hoe tevreden?')]
		};
		const setup = setupFromTemplate(template, '2024-05-02');
		const kept = buildSession(setup, STANDARD);
		expect(kept.ok && kept.template?.id).toBe('template-1');
		expect(kept.ok && kept.session.id).not.toBe('template-1');
		const none = buildSession({ ...setup, saveTemplate: false }, STANDARD);
		expect(none.ok && none.template).toBeNull();
	});
});

describe('buildSession with translations', () => {
	const base = () => ({
		...emptySetup('2024-05-02', STANDARD),
		title: 'Buurtgesprek',
		prompts: [newPrompt('open', STANDARD), newPrompt('rating', 'Hoe welkom voel je je?')]
	});

	it('keeps trimmed translations of title and prompts, and drops empty ones', () => {
		const setup = base();
		setup.titleTranslations = { ar: ' حديث الحي ', tr: '' };
		setup.prompts[1]!.translations = { pl: 'Jak się tu czujesz?', uk: '  ' };
		const result = buildSession(setup, STANDARD);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.session.titleTranslations).toEqual({ ar: 'حديث الحي' });
		expect(result.session.prompts[0]).not.toHaveProperty('translations');
		expect(result.session.prompts[1]?.translations).toEqual({ pl: 'Jak się tu czujesz?' });
		expect(result.template?.titleTranslations).toEqual({ ar: 'حديث الحي' });
		expect(setupFromTemplate(result.template!, '2024-06-01').titleTranslations).toEqual({
			ar: 'حديث الحي'
		});
	});

	it('stores no translation fields when nothing was translated', () => {
		const result = buildSession(base(), STANDARD);
		expect(result.ok && result.session).not.toHaveProperty('titleTranslations');
	});

	it('refuses a translation that is too long', () => {
		const setup = base();
		setup.prompts[1]!.translations = { ro: 'x'.repeat(501) };
		const result = buildSession(setup, STANDARD);
		expect(result.ok ? [] : result.issues).toEqual([{ key: 'focus.error.translationLong' }]);
	});
});
