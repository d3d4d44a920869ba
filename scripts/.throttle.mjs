import { chromium } from '@playwright/test';
import { launchOptions } from '/work/main/scripts/launch.js';
const browser = await chromium.launch(launchOptions());
for (const rate of [1, 4]) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate });
	await page.goto('http://localhost:4173/embed/feature-vis/?backend=wasm&steps=32');
	await page.waitForSelector('.gate[data-ready="true"]');
	const t0 = Date.now();
	await page.getByRole('button', { name: 'Run' }).click();
	await page.waitForSelector('.feature-vis[data-status="done"]', { timeout: 120000 });
	const mainLoop = await page.evaluate(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 2e7; i++) x += i; return performance.now() - t; });
	console.log('rate', rate, 'vis 32 steps', Date.now() - t0, 'ms; main-thread loop', mainLoop.toFixed(0), 'ms');
	await page.close();
}
await browser.close();
