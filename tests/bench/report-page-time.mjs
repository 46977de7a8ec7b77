/**
 * Time from a click on Rapport to every chart drawn, in a demo vault (about 600 contacts
 * over three years). The report page marks each canvas `data-rendered="true"` after its
 * first draw. First visit includes fetching the page's code and Chart.js.
 */
export async function measureReportPage(browser, url) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(url);
	await page.getByRole('button', { name: 'Probeer met voorbeelddata' }).click();
	await page.getByRole('button', { name: 'Vergrendelen' }).waitFor({ timeout: 120_000 });
	const samples = [];
	for (let visit = 0; visit < 3; visit++) {
		await page.getByRole('link', { name: 'Registreren' }).click();
		const started = Date.now();
		await page.getByRole('link', { name: 'Rapport' }).click();
		await page.waitForFunction(() => {
			const canvases = [...document.querySelectorAll('.chart canvas')];
			return canvases.length > 0 && canvases.every((c) => c.dataset.rendered === 'true');
		});
		samples.push(Date.now() - started);
	}
	await context.close();
	return { firstVisitMs: samples[0], laterVisitsMs: samples.slice(1) };
}
