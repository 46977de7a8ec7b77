import { expect, test } from '@playwright/test';
import { registerNewPerson } from './support/registration';
import { createVault, lock, unlock } from './support/vault';

test('a normal journey raises no Content-Security-Policy violation', async ({ page }) => {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});
	const violations = () =>
		page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

	await createVault(page);
	await registerNewPerson(page, {
		alias: 'Csp-Sentinel',
		activity: 'Digipunt',
		theme: 'Digitaal',
		approach: 'Informatie'
	});
	await page.getByRole('link', { name: 'Personen', exact: true }).click();
	await page.getByRole('link', { name: 'Csp-Sentinel' }).click();
	await page.getByRole('link', { name: 'Rapport' }).click();
	await expect(page.getByRole('combobox', { name: 'Jaar' })).toBeVisible();
	expect(await violations()).toEqual([]);

	await lock(page);
	await unlock(page);
	await page.getByRole('link', { name: 'Instellingen' }).click();
	await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
	expect(await violations()).toEqual([]);
});
