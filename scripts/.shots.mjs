import { chromium } from '@playwright/test';
const [,, width = '1280', scheme = 'light', ...ids] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto('http://localhost:4173/' + (process.env.PAGE ?? ''));
await page.waitForTimeout(1000);
for (const id of ids) {
  const el = page.locator(id).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(2500);
  await el.screenshot({ path: `.cache/shots/${id.replace(/[^a-z0-9-]/gi, '')}-${width}-${scheme}.png` });
}
await browser.close();
