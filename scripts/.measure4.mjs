import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:4173/');
await page.waitForTimeout(1500);
console.log(JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('.appendix > *, header > *')].map((e) => [e.tagName + '.' + e.className.split(' ')[0] + (e.id||''), Math.round(e.getBoundingClientRect().height)]))));
await browser.close();
