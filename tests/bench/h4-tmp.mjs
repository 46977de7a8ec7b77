import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.stack?.slice(0, 800)));
await page.goto(process.argv[2]);
await new Promise((r) => setTimeout(r, 4000));
console.log((await page.evaluate(() => document.body.innerText)).slice(0, 100));
await browser.close();
