import { describe, expect, it } from 'vitest';
import { KIOSK_TEXT_LIMIT } from '$lib/kiosk/kiosk-limits';
import { KioskForm } from './kiosk-form.svelte';

const prompts = [{ id: 'prompt-open', kind: 'open' as const, text: 'Wat?', standard: false }];

describe('KioskForm', () => {
	it('refuses to send an empty form', async () => {
		const form = new KioskForm(() => prompts);
		let sent = 0;
		await form.send(async () => void (sent += 1));
		expect(sent).toBe(0);
		expect(form.error).toBe('kiosk.empty');
	});

	it('blanks everything after sending, and the next person starts in Dutch', async () => {
		const form = new KioskForm(() => prompts);
		form.language = 'fr';
		form.answers['prompt-open']!.text = 'Sentinel';
		const sent: unknown[] = [];
		await form.send(async (answers) => void sent.push(answers));
		expect(sent).toEqual([[{ promptId: 'prompt-open', text: 'Sentinel' }]]);
		expect(form.view).toBe('thanks');
		expect(form.answers['prompt-open']!.text).toBe('');
		expect(form.turn).toBe(1);
		form.next();
		expect(form.language).toBe('nl');
		expect(form.view).toBe('form');
	});

	it('keeps the answers when sealing fails, so the participant can try again', async () => {
		const form = new KioskForm(() => prompts);
		form.answers['prompt-open']!.text = 'bewaar mij';
		await form.send(async () => {
			throw new Error('disk full');
		});
		expect(form.error).toBe('kiosk.failed');
		expect(form.answers['prompt-open']!.text).toBe('bewaar mij');
	});

	it('counts the characters left and refuses longer text, keeping it to shorten', async () => {
		const form = new KioskForm(() => prompts);
		form.answers['prompt-open']!.text = 'é😀';
		expect(form.charsLeft).toBe(KIOSK_TEXT_LIMIT - 2);
		const long = 'a'.repeat(KIOSK_TEXT_LIMIT + 3);
		form.answers['prompt-open']!.text = long;
		expect(form.charsLeft).toBe(-3);
		let sent = 0;
		await form.send(async () => void (sent += 1));
		expect(sent).toBe(0);
		expect(form.error).toBe('kiosk.tooLong');
		expect(form.answers['prompt-open']!.text).toBe(long);
	});
});
