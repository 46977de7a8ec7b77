import { expect, test } from '@playwright/test';
import { applyDisclosureControl } from '../../src/lib/report/disclosure-control';
import { HIDDEN } from '../../src/lib/report/report.schema';
import { yearPeriod } from '../../src/lib/report/period';
import { seedFixture } from '../support/report/seed-fixture';
import { aggregateReport } from '../../src/lib/report/year-report';
import { openRestoreDialog, submitRestore } from './support/backup';
import { openNav } from './support/nav';
import { keyFigure } from './support/report';
import { SEED_PASSPHRASE, seedBackup } from './support/seed-backup';

test('the seed-figure fixture, restored from a backup, shows the seed’s 2022 figures with x where the rules hide them', async ({
	page
}) => {
	test.setTimeout(120_000);
	const backup = await seedBackup(yearPeriod(2022));
	await page.goto('/');
	await submitRestore(await openRestoreDialog(page), backup, SEED_PASSPHRASE);
	await expect(page.getByRole('button', { name: 'Vergrendelen' })).toBeVisible();
	await openNav(page, 'Rapport');
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2022');
	await page.getByRole('combobox', { name: 'Drempel' }).selectOption('5');

	// The seed's own numbers (chapter 4): 200 unique contacts, 60 new, 88 known, 110 requests.
	const seed: [string, string, number][] = [
		['Bereik', 'Unieke contacten', 200],
		['Bereik', 'Nieuwe contacten', 60],
		['Bereik', 'Gekend bij sociale dienst', 88],
		['Hulpvragen', 'Totaal', 110]
	];
	for (const [section, figure, value] of seed)
		await expect(keyFigure(page, section, figure)).toHaveText(String(value));

	// Every other published figure as the export has it: exact where shown, marked x where hidden.
	const exported = applyDisclosureControl(aggregateReport(seedFixture(yearPeriod(2022))), 5);
	const profile = page.getByRole('region', { name: 'Bereik', exact: true });
	for (const [label, cell] of Object.entries(exported.reach.byGender ?? {})) {
		const row = profile
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
			.first();
		if (cell === HIDDEN) await expect(row).toContainText(`in de export: ${HIDDEN}`);
		else await expect(row.getByRole('cell')).toHaveText(String(cell));
	}
	// Values only: the gender category "x" is a label, not a hidden cell.
	const hidden = JSON.stringify(exported).split(`:"${HIDDEN}"`).length - 1;
	await expect(page.getByText(`${hidden} cijfers worden in de export verborgen.`)).toBeVisible();
});
