import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { openNav } from './support/nav';
import {
	appPages,
	destinations,
	horizontalOverflow,
	PHONE,
	smallTargets,
	visit
} from './support/phone';
import { createDemoVault } from './support/report';

// The issue was tried on a 390 × 844 phone: so is every test here.
test.use({ viewport: PHONE, hasTouch: true });

test('every page fits the phone, keeps its navigation in thumb reach and has 44-px targets', async ({
	page
}) => {
	test.setTimeout(480_000);
	await createDemoVault(page);
	const overflow: string[] = [];
	const small: string[] = [];
	for (const target of appPages) {
		await visit(page, target);
		const path = new URL(page.url()).pathname;
		const extra = await horizontalOverflow(page);
		if (extra > 0) overflow.push(`${path}: ${extra}px`);
		small.push(...(await smallTargets(page)).map((item) => `${path}: ${item}`));
		await expectNoSeriousA11yViolations(page);

		// The daily destinations sit in the bottom bar, in view without scrolling...
		const bar = page.getByRole('navigation', { name: 'Hoofdmenu' });
		for (const name of ['Registreren', 'Personen', 'Activiteiten', /^Op te volgen/]) {
			await expect(bar.getByRole('link', { name, exact: true })).toBeInViewport();
		}
		// ...and every other one is a tap away in the "Meer" sheet.
		await bar.getByRole('button', { name: 'Meer', exact: true }).click();
		const sheet = page.getByRole('dialog', { name: 'Meer' });
		for (const name of [
			'Signalen',
			'Focusgroep',
			'Rapport',
			'Instellingen',
			'Outreachrondes',
			'CSV importeren'
		]) {
			await expect(sheet.getByRole('link', { name, exact: true })).toBeInViewport();
		}
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
	}
	expect(small).toEqual([]);
	expect(overflow).toEqual([]);
});

test('reaches every destination in at most two taps, with one link per name in view', async ({
	page
}) => {
	await createDemoVault(page);
	for (const destination of destinations) {
		const taps = await openNav(page, destination.name);
		expect(taps).toBeLessThanOrEqual(2);
		await expect(
			page.getByRole('heading', { name: destination.heading, level: 1, exact: true })
		).toBeVisible();
		// The wide navigation is not displayed on a phone: no name is in view twice.
		for (const name of ['Registreren', 'Personen', 'Activiteiten', 'Signalen', 'Rapport']) {
			expect(await page.getByRole('link', { name, exact: true }).count()).toBeLessThanOrEqual(1);
		}
	}
});

test('the phone navigation and the Meer sheet pass axe', async ({ page }) => {
	await createDemoVault(page);
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Meer', exact: true }).click();
	await expect(page.getByRole('dialog', { name: 'Meer' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('shows all seven links of the UI contract on a tablet, and no bottom bar', async ({
	page
}) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await createDemoVault(page);
	for (const name of [
		'Registreren',
		'Personen',
		'Activiteiten',
		'Signalen',
		'Focusgroep',
		'Rapport',
		'Instellingen'
	]) {
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('button', { name: 'Meer', exact: true })).toHaveCount(0);
});
