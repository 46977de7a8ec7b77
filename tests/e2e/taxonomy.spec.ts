import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoSeriousA11yViolations } from './support/axe';
import { activeLabels, openFromSettings, openList } from './support/taxonomy';
import { createVault } from './support/vault';

test.use({ viewport: { width: 390, height: 844 } });

type ListFile = {
	format: string;
	version: number;
	lists: Record<string, { id: string; label: string; archived: boolean }[]>;
};

const THEMES = "Thema's";

test('renames and archives a theme, exports the lists and reads a changed file back', async ({
	page
}) => {
	await createVault(page);
	await openFromSettings(page, /Lijsten beheren/);
	await expect(page.getByRole('heading', { name: 'Lijsten', exact: true })).toBeVisible();
	const themes = await openList(page, THEMES);

	await themes.getByRole('button', { name: 'Wijzig Werk', exact: true }).click();
	await themes.getByLabel('Naam (Nederlands)').fill('Werk en inkomen');
	await themes.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Werk en inkomen' })).toBeVisible();
	expect(await activeLabels(themes)).toContain('Werk en inkomen');

	await themes.getByRole('button', { name: 'Wijzig Energie', exact: true }).click();
	await expectNoSeriousA11yViolations(page);
	await themes.getByRole('button', { name: 'Archiveren' }).click();
	await expect(themes.getByRole('heading', { name: 'Gearchiveerd' })).toBeVisible();
	const archived = themes.getByRole('list', { name: `${THEMES}: Gearchiveerd` });
	await expect(archived.getByText('Energie', { exact: true })).toBeVisible();
	expect(await activeLabels(themes)).not.toContain('Energie');

	await themes.getByRole('button', { name: 'Lager: Administratie en papieren' }).click();
	await expect
		.poll(async () => (await activeLabels(themes)).slice(0, 2))
		.toEqual(['Dienstverlening', 'Administratie en papieren']);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Lijsten exporteren' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('stekboek-lijsten.json');
	const file = JSON.parse(await readFile(await download.path(), 'utf8')) as ListFile;
	expect(file.format).toBe('stekboek-taxonomy');
	expect(file.version).toBe(1);
	const exported = file.lists.themes ?? [];
	expect(exported.find((item) => item.id === 'theme-werk')?.label).toBe('Werk en inkomen');
	expect(exported.find((item) => item.id === 'theme-energie')?.archived).toBe(true);

	const changed: ListFile = {
		...file,
		lists: {
			themes: [
				...exported.map((item) =>
					item.id === 'theme-gezondheid' ? { ...item, label: 'Gezondheid en zorg' } : item
				),
				{ id: 'theme-pensioen', label: 'Pensioen', archived: false }
			]
		}
	};
	await page.getByLabel('Lijstenbestand inlezen').setInputFiles({
		name: 'lijsten-collega.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(changed))
	});
	await expect(page.getByRole('heading', { name: 'Wat verandert er' })).toBeVisible();
	await expect(page.getByText(`${THEMES}: Gezondheid → Gezondheid en zorg`)).toBeVisible();
	await expect(page.getByText(`${THEMES}: Pensioen`)).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Wijzigingen toepassen' }).click();
	await expect(page.getByText('De lijsten zijn bijgewerkt. Gewijzigde items: 2.')).toBeVisible();
	expect(await activeLabels(themes)).toEqual(
		expect.arrayContaining(['Gezondheid en zorg', 'Pensioen', 'Werk en inkomen'])
	);
});

test('refuses a bad lists file with a message and changes nothing', async ({ page }) => {
	await createVault(page);
	await openFromSettings(page, /Lijsten beheren/);
	const themes = await openList(page, THEMES);
	const before = await activeLabels(themes);

	const bad = {
		format: 'stekboek-taxonomy',
		version: 1,
		lists: { themes: [{ id: 'theme werk', label: 'Werk (nieuw)', archived: false }] }
	};
	const input = page.getByLabel('Lijstenbestand inlezen');
	await input.setInputFiles({
		name: 'kapot.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bad))
	});
	await expect(page.getByRole('alert')).toContainText('de id “theme werk” is ongeldig');
	await expect(page.getByRole('alert')).toContainText('er is niets veranderd');
	await expect(page.getByRole('heading', { name: 'Wat verandert er' })).toHaveCount(0);

	await input.setInputFiles({
		name: 'geen-json.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "stekboek-taxonomy", ')
	});
	await expect(page.getByRole('alert')).toContainText('Dit is geen geldig JSON-bestand');
	expect(await activeLabels(themes)).toEqual(before);
});

test('adds a group activity and may delete it again while it is unused', async ({ page }) => {
	await createVault(page);
	await openFromSettings(page, /Lijsten beheren/);
	const activities = await openList(page, 'Activiteiten en vindplaatsen');
	await activities.getByLabel('Nieuwe activiteit of vindplaats').fill('Buurtfeest');
	await activities.getByRole('button', { name: 'Groepsactiviteit' }).click();
	await activities.getByRole('button', { name: 'Toevoegen' }).click();
	const row = activities.getByRole('listitem').filter({ hasText: 'Buurtfeest' });
	await expect(row).toContainText('Groepsactiviteit');

	await activities.getByRole('button', { name: 'Wijzig Digipunt', exact: true }).click();
	await expect(activities.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
	await activities.getByRole('button', { name: 'Annuleren' }).click();

	await activities.getByRole('button', { name: 'Wijzig Buurtfeest', exact: true }).click();
	await activities.getByRole('button', { name: 'Verwijderen' }).click();
	await expect(row).toHaveCount(0);
	await expect(
		page.getByRole('status').filter({ hasText: '“Buurtfeest” is verwijderd.' })
	).toBeVisible();
});
