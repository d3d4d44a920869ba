import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://localhost:4173/');
await page.waitForTimeout(1500);
const m = await page.evaluate(() => {
  const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return [...document.querySelectorAll('.article-body > *')].map((e) => ({ tag: e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ')[0] : ''), w: words(e.innerText), h: Math.round(e.getBoundingClientRect().height) })).filter((x) => x.h > 150 || x.w > 80);
});
for (const x of m) console.log(x.h, x.w, x.tag);
await browser.close();
