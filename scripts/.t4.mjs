import { chromium } from '@playwright/test';
import { launchOptions } from '/work/main/scripts/launch.js';
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto('http://localhost:4173/embed/feature-vis/?backend=wasm&slowdown=4');
for (let i = 0; i < 12; i++) { await page.waitForTimeout(2000); console.log(i, await page.locator('.gate').getAttribute('data-ready'), await page.locator('.status').innerText()); if (await page.locator('.gate').getAttribute('data-ready') === 'true') break; }
await browser.close();
