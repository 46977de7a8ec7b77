/**
 * The Word export in a demo vault: time from a click on `Exporteer Word` to the download,
 * for the 2022 report and for the 2021–2023 project period (first click includes fetching
 * docx), and the size of the .docx files.
 */
export async function measureWordExport(browser, url) {
	const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
	const page = await context.newPage();
	await page.goto(url);
	await page.getByRole('button', { name: 'Probeer met voorbeelddata' }).click();
	await page.getByRole('button', { name: 'Vergrendelen' }).waitFor({ timeout: 120_000 });
	await page.getByRole('link', { name: 'Rapport' }).click();
	const exportWord = async () => {
		const started = Date.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			page.getByRole('button', { name: 'Exporteer Word' }).click()
		]);
		const stream = await download.createReadStream();
		let bytes = 0;
		for await (const chunk of stream) bytes += chunk.length;
		return { ms: Date.now() - started, kilobytes: Math.round(bytes / 1024) };
	};
	await page.getByRole('combobox', { name: 'Jaar' }).selectOption('2022');
	const year = await exportWord();
	await page
		.getByRole('combobox', { name: 'Jaar' })
		.selectOption('Projectperiode (meerdere jaren)…');
	await page.getByRole('combobox', { name: 'Projectbegin' }).selectOption('2021');
	await page.getByRole('combobox', { name: 'Projecteinde' }).selectOption('2023');
	const project = await exportWord();
	await context.close();
	return { year2022: year, project2021to2023: project };
}
