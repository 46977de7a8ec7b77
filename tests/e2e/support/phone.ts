import { expect, type Page } from '@playwright/test';
import { openNav } from './nav';

/** The phone the issue was tried on. */
export const PHONE = { width: 390, height: 844 };

/** Every destination of the navigation, by the name of its link. */
export const destinations: { name: string | RegExp; heading: string }[] = [
	{ name: 'Registreren', heading: 'Registreren' },
	{ name: 'Personen', heading: 'Personen' },
	{ name: 'Activiteiten', heading: 'Activiteiten' },
	{ name: /^Op te volgen/, heading: 'Op te volgen' },
	{ name: 'Signalen', heading: 'Signalen' },
	{ name: 'Focusgroep', heading: 'Focusgroep' },
	{ name: 'Rapport', heading: 'Rapport' },
	{ name: 'Instellingen', heading: 'Instellingen' },
	{ name: 'Outreachrondes', heading: 'Outreachrondes' },
	{ name: 'CSV importeren', heading: 'Registraties importeren' }
];

/** One page of the app and how a person gets there from anywhere: the menu, then a link. */
export interface AppPage {
	path: RegExp;
	nav: string | RegExp;
	then?: string[];
}

/** Every page of the unlocked app (the detail pages through the first item of their list). */
export const appPages: AppPage[] = [
	{ path: /\/$/, nav: 'Registreren' },
	{ path: /\/personen$/, nav: 'Personen' },
	{ path: /\/personen\/nieuw$/, nav: 'Personen', then: ['a[href$="/personen/nieuw"]'] },
	{ path: /\/personen\/[^/]+$/, nav: 'Personen', then: ['main li a[href*="/personen/"]'] },
	{
		path: /\/personen\/[^/]+\/gegevens$/,
		nav: 'Personen',
		then: ['main li a[href*="/personen/"]', 'a[href$="/gegevens"]']
	},
	{
		path: /\/personen\/[^/]+\/verwijderen$/,
		nav: 'Personen',
		then: ['main li a[href*="/personen/"]', 'a[href$="/verwijderen"]']
	},
	{ path: /\/activiteiten$/, nav: 'Activiteiten' },
	{
		path: /\/activiteiten\/bijeenkomst\/[^/]+$/,
		nav: 'Activiteiten',
		then: ['main a[href*="/bijeenkomst/"]']
	},
	{ path: /\/opvolgen$/, nav: /^Op te volgen/ },
	{ path: /\/outreach$/, nav: 'Outreachrondes' },
	{ path: /\/outreach\/nieuw$/, nav: 'Outreachrondes', then: ['a[href$="/outreach/nieuw"]'] },
	{ path: /\/outreach\/[^/]+$/, nav: 'Outreachrondes', then: ['main li a[href*="/outreach/"]'] },
	{ path: /\/signalen$/, nav: 'Signalen' },
	{ path: /\/signalen\/koppel/, nav: 'Signalen', then: ['a[href*="/signalen/koppel"]'] },
	{ path: /\/signalen\/nieuw$/, nav: 'Signalen', then: ['a[href$="/signalen/nieuw"]'] },
	{
		path: /\/signalen\/[^/]+$/,
		nav: 'Signalen',
		then: ['main li a[href*="/signalen/"]:not([href*="/koppel"])']
	},
	{ path: /\/focusgroep$/, nav: 'Focusgroep' },
	{ path: /\/focusgroep\/[^/]+$/, nav: 'Focusgroep', then: ['main a[href*="/focusgroep/"]'] },
	{ path: /\/rapport$/, nav: 'Rapport' },
	{
		path: /\/rapport\/zelfevaluatie$/,
		nav: 'Rapport',
		then: ['a[href$="/rapport/zelfevaluatie"]']
	},
	{ path: /\/rapport\/teksten$/, nav: 'Rapport', then: ['a[href$="/rapport/teksten"]'] },
	{ path: /\/instellingen$/, nav: 'Instellingen' },
	{
		path: /\/instellingen\/lijsten$/,
		nav: 'Instellingen',
		then: ['a[href$="/instellingen/lijsten"]']
	},
	{ path: /\/import$/, nav: 'CSV importeren' }
];

/** Goes to one page of the app the way a person does, without reloading (that would lock). */
export async function visit(page: Page, target: AppPage): Promise<void> {
	await openNav(page, target.nav);
	for (const link of target.then ?? []) await page.locator(link).first().click();
	await expect(page).toHaveURL(target.path);
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

/** Fails when the page is wider than the screen. */
export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/**
 * The controls in view that a thumb would miss: smaller than 44 × 44 px. A link inside a
 * sentence is exempt (WCAG 2.5.8), as is a control whose box is a hidden input inside a
 * larger label (chips and tiles measure their label instead).
 */
export async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const small: string[] = [];
		const selector =
			'a[href], button, select, textarea, input:not([type=hidden]), summary, [role=option]';
		for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
			if (element.closest('dialog:not([open]), [hidden]')) continue;
			const style = getComputedStyle(element);
			if (style.visibility === 'hidden' || style.display === 'none') continue;
			let box = element.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			const input = element as HTMLInputElement;
			if (element.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')) {
				const label = element.closest('label') ?? (input.labels?.[0] as HTMLElement | undefined);
				if (label) box = label.getBoundingClientRect();
			}
			if (element.tagName === 'A') {
				const parent = element.parentElement;
				const text = parent
					? Array.from(parent.childNodes).some(
							(node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''
						)
					: false;
				if (text) continue;
			}
			if (box.height < 43.5 || box.width < 43.5) {
				const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
				small.push(
					`${element.tagName.toLowerCase()} "${name.slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`
				);
			}
		}
		return small;
	});
}
