import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const width of [1280, 390]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto('http://localhost:4173/');
  await page.waitForTimeout(1500);
  const m = await page.evaluate(() => {
    const words = (t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const body = document.querySelector('.article-body');
    const all = words(body.innerText);
    const clone = body.cloneNode(true);
    // innerText needs layout; measure by hiding editor's parts
    const hidden = [...body.querySelectorAll('figure, .aside, .verdict')];
    hidden.forEach((e) => (e.style.display = 'none'));
    const author = words(body.innerText);
    hidden.forEach((e) => (e.style.display = ''));
    const caps = [...document.querySelectorAll('.article-body figure > figcaption .figure-caption')].map((c) => ({ id: c.closest('figure').id, n: words(c.innerText), start: c.innerText.slice(0, 20) }));
    return { all, author, share: author / all, height: document.documentElement.scrollHeight, caps };
  });
  console.log(width, JSON.stringify(m));
}
await browser.close();
