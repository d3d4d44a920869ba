import { expect, test, type Page } from '@playwright/test';
import { WIDGET_SLUGS, withoutJavaScript } from './helpers';

const PAGES = ['/', '/embed/', ...WIDGET_SLUGS.map((slug) => `/embed/${slug}/`)];

/** SVG text smaller than this on screen, with where it is. */
const tinyText = (page: Page, minimum: number) =>
	page.evaluate((min) => {
		const small: string[] = [];
		for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
			const box = text.getBoundingClientRect();
			if (!box.width || getComputedStyle(text).visibility === 'hidden') continue;
			// the length of the transform's first column: the scale, also for turned text
			const m = text.getScreenCTM();
			const scale = m ? Math.hypot(m.a, m.b) : 1;
			const size = parseFloat(getComputedStyle(text).fontSize) * scale;
			if (size < min)
				small.push(`${size.toFixed(1)} px: "${text.textContent}" in ${text.closest('figure')?.id ?? 'a figure'}`);
		}
		return small;
	}, minimum);

for (const width of [360, 390, 768]) {
	test(`at ${width} px no page is wider than the window, and SVG text is 11 px or more`, async ({ browser }) => {
		test.setTimeout(90_000);
		const context = await browser.newContext({
			viewport: { width, height: 800 },
			hasTouch: width < 700,
			isMobile: width < 700
		});
		const page = await context.newPage();
		for (const path of PAGES) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(1);
			expect(await tinyText(page, 11), `${path} at ${width} px`).toEqual([]);
		}
		// the display equation fits, rather than being cut off
		await page.goto('/');
		const equation = page.locator('.katex-display').first();
		expect(await equation.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(1);
		await context.close();
	});
}

test('at 1280 px the article, the docs and the embed pages fit the window, with SVG text of 11 px or more', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const path of PAGES) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			path
		).toBeLessThanOrEqual(1);
		expect(await tinyText(page, 11), path).toEqual([]);
	}
});

for (const slug of ['curve-detectors', 'curve-family']) {
	test(`on a 390 px phone the ${slug} widget's curve and its bars fit in one screen`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto('/');
		const figure = page.locator(`#figure-${slug}`);
		await figure.scrollIntoViewIfNeeded();
		const dial = (await figure.getByRole('slider', { name: /Curve orientation/ }).boundingBox())!;
		const bars = (await figure.locator('.area-bars .bars').first().boundingBox())!;
		const top = Math.min(dial.y, bars.y);
		const bottom = Math.max(dial.y + dial.height, bars.y + bars.height);
		expect(bottom - top, 'from the top of the curve to the bottom of the bars').toBeLessThanOrEqual(844);
		await context.close();
	});
}

test('the static server serves /index.html as the page, not as a folder', async ({ request }) => {
	const response = await request.get('/index.html', { maxRedirects: 0 });
	expect(response.status()).toBe(200);
	expect(await response.text()).toContain('<h1');
});

test('a snippet on the docs page copies by mouse or keyboard, and says so', async ({ browser }) => {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	await page.goto('/embed/');
	const snippet = page
		.locator('.snippet')
		.filter({ has: page.getByRole('button', { name: /Copy the iframe for/ }) })
		.first();
	const copy = snippet.getByRole('button');
	const status = snippet.locator('.status');
	await copy.click();
	await expect(status).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		'<iframe src="http://localhost:4173/embed/'
	);
	await copy.focus();
	await page.keyboard.press('Enter');
	await expect(status).toHaveText('Copied');
	await context.close();
});

test('every widget of the registry has its embed page, custom element, docs entry and no-JavaScript picture', async ({
	page,
	browser
}) => {
	await page.goto('/embed/');
	for (const slug of WIDGET_SLUGS) {
		await expect(page.locator(`#widget-${slug}`), slug).toHaveCount(1);
		await expect(page.locator(`section:has(#widget-${slug}) table tbody tr`).first()).toBeVisible();
	}
	await withoutJavaScript(browser, null, async (still) => {
		for (const slug of WIDGET_SLUGS) {
			const response = await still.goto(`/embed/${slug}/`);
			expect(response?.status(), slug).toBe(200);
			await expect(still.locator('.gate'), slug).toHaveCount(1);
			await expect(still.locator('.static-note'), slug).toBeVisible();
		}
	});
	await page.goto('/');
	const defined = await page.evaluate(async (slugs) => {
		await import(/* @vite-ignore */ `${location.origin}/embed/widgets.js`);
		return slugs.filter((s) => customElements.get(`zoom-${s}`));
	}, WIDGET_SLUGS);
	expect(defined).toEqual(WIDGET_SLUGS);
});
