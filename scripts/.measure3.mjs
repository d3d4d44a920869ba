import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [1280, 390]) {
const page = await browser.newPage({ viewport: { width, height: 900 } });
await page.goto('http://localhost:4173/');
await page.waitForTimeout(2500);
const m = await page.evaluate(() => [...document.querySelectorAll('article > *')].map((e) => [e.tagName + '.' + e.className.split(' ')[0], Math.round(e.getBoundingClientRect().height)]));
console.log(width, JSON.stringify(m));
}
await browser.close();
