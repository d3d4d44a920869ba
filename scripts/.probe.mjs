import { chromium } from '@playwright/test';
import { launchOptions } from '/work/main/scripts/launch.js';
const [url, sel, out] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message, e.stack));
await page.goto(url);
const el = page.locator(sel).first();
await el.scrollIntoViewIfNeeded();
const t0 = Date.now();
try { await el.locator('.gate[data-ready="true"]').first().waitFor({ timeout: 30000 }); } catch (e) { console.log('not ready', e.message.split('\n')[0]); }
console.log('ready after', Date.now() - t0, 'ms');
console.log(await el.locator('.status').first().innerText());
await page.waitForTimeout(3000);
if (out) await el.screenshot({ path: out });
console.log(JSON.stringify(await page.evaluate(() => globalThis.zoomInMemory?.())));
await browser.close();
