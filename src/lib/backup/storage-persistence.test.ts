import { describe, expect, it } from 'vitest';
import { needsHomeScreenAdvice } from './storage-persistence';

const iphoneSafari =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const ipadSafari =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const iphoneChrome =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0.6367.88 Mobile/15E148 Safari/604.1';
const androidChrome =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36';

describe('needsHomeScreenAdvice', () => {
	it('advises Safari on an iPhone or iPad in a tab', () => {
		expect(
			needsHomeScreenAdvice({ userAgent: iphoneSafari, maxTouchPoints: 5, standalone: false })
		).toBe(true);
		expect(
			needsHomeScreenAdvice({ userAgent: ipadSafari, maxTouchPoints: 5, standalone: false })
		).toBe(true);
	});

	it('stays quiet once installed, on a Mac, in other browsers and on Android', () => {
		expect(
			needsHomeScreenAdvice({ userAgent: iphoneSafari, maxTouchPoints: 5, standalone: true })
		).toBe(false);
		expect(
			needsHomeScreenAdvice({ userAgent: ipadSafari, maxTouchPoints: 0, standalone: false })
		).toBe(false);
		expect(
			needsHomeScreenAdvice({ userAgent: iphoneChrome, maxTouchPoints: 5, standalone: false })
		).toBe(false);
		expect(
			needsHomeScreenAdvice({ userAgent: androidChrome, maxTouchPoints: 5, standalone: false })
		).toBe(false);
	});
});
