import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { seriousViolations, watchPage, WIDGET_SLUGS, withoutJavaScript } from './helpers';
import { COLUMNS, HEIGHTS_FILE, measureHeight } from '../scripts/heights';

const HEIGHTS: Record<string, Record<number, number>> = JSON.parse(readFileSync(HEIGHTS_FILE, 'utf8'));

const HOST = 'http://localhost:4175';
const SUB = 'http://localhost:4174/zoom-in';

const leader = (scope: Locator) => scope.locator('.bar-row.leading').getAttribute('data-angle');

/** Drives a curve widget by keyboard: focuses its curve, turns it one family step, checks the peak moves on. */
async function turnOneStep(page: Page, scope: Locator, from: number) {
	await expect(scope.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const stimulus = scope.getByRole('slider', { name: /Curve orientation/ });
	await expect(stimulus).toHaveAttribute('aria-valuenow', String(from));
	// the bars show the starting angle's answer before the turn, so the leader read after it is the new one's
	await expect(scope.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(from));
	await stimulus.focus();
	await page.keyboard.press('PageUp');
	const to = (from + 45) % 360;
	await expect(scope.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(to));
	expect(await leader(scope)).toBe(String(to));
}

test.describe('iframe embeds on another origin', () => {
	test('the figure becomes interactive, takes its state from the address, and reports its height to the host', async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.goto(`${HOST}/iframe.html`);
		const frame = page.frameLocator('#good');
		await expect(frame.locator('figcaption')).toHaveCount(0);
		await turnOneStep(page, frame.locator('body'), 45);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
			.toBeGreaterThan(0);
		const height = await page.locator('#good').evaluate((f) => f.getBoundingClientRect().height);
		expect(height).toBeGreaterThan(300);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(watch.offHost.filter((u) => !u.startsWith('http://localhost'))).toEqual([]);
	});

	test('bad parameters and unknown widgets say what is wrong inside the frame', async ({ page }) => {
		await page.goto(`${HOST}/iframe.html`);
		const bad = page.frameLocator('#bad');
		await expect(bad.getByRole('alert')).toContainText('angle must be a number of degrees');
		await expect(bad.getByRole('alert')).toContainText('Unknown parameter "colour"');
		const missing = page.frameLocator('#missing');
		await expect(missing.getByRole('alert')).toContainText('There is no widget called “no-such-widget”', {
			timeout: 20_000
		});
	});

	test('the embed page links its oEmbed description, a rich type with an iframe', async ({ page, request }) => {
		await page.goto(`${SUB}/embed/curve-detectors/`);
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		expect(href).toBe(`${SUB}/embed/curve-detectors/oembed.json`);
		const oembed = await (await request.get(href!)).json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Zoom In, explorable' });
		expect(oembed.html).toContain(`<iframe src="${SUB}/embed/curve-detectors/"`);
	});
});

test.describe('oEmbed and link cards, in a build that knows its address', () => {
	for (const slug of WIDGET_SLUGS)
		test(`${slug}: its oEmbed 1.0 description, its thumbnail and its card tags`, async ({ page, request }) => {
			await page.goto(`${SUB}/embed/${slug}/`);
			const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
			const oembed = await (await request.get(href!)).json();
			// oEmbed 1.0, section 2.3.4: the fields every response has, and those of the rich type and of thumbnails
			expect(oembed.version).toBe('1.0');
			expect(oembed.type).toBe('rich');
			for (const field of ['title', 'provider_name', 'provider_url', 'html', 'thumbnail_url'])
				expect(typeof oembed[field], field).toBe('string');
			for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'])
				expect(Number.isInteger(oembed[field]) && oembed[field] > 0, field).toBe(true);
			expect(oembed.height).toBe(HEIGHTS[slug][oembed.width]);
			expect(oembed.html).toContain(`<iframe src="${SUB}/embed/${slug}/"`);
			expect(oembed.html).toContain(`height="${oembed.height}"`);
			expect(oembed.html).toContain(`<script src="${SUB}/embed/resize.js" defer></script>`);
			const thumbnail = await request.get(oembed.thumbnail_url);
			expect(thumbnail.headers()['content-type']).toBe('image/png');
			const png = PNG.sync.read(await thumbnail.body());
			expect([png.width, png.height]).toEqual([oembed.thumbnail_width, oembed.thumbnail_height]);
			// not a blank card: the widget's own picture is on it
			const colours = new Set<number>();
			for (let i = 0; i < png.data.length; i += 4)
				colours.add((png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2]);
			expect(colours.size).toBeGreaterThan(2);
			const meta = (key: string) =>
				page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
			expect(await meta('og:url')).toBe(`${SUB}/embed/${slug}/`);
			expect(await meta('og:image')).toBe(oembed.thumbnail_url);
			expect(await meta('twitter:card')).toBe('player');
			expect(await meta('twitter:player')).toBe(`${SUB}/embed/${slug}/`);
			expect(await meta('twitter:player:height')).toBe(String(oembed.height));
		});
});

test.describe('built as the README says, without SITE_URL', () => {
	test('the site names no localhost address anywhere, and leaves out only what needs an absolute one', async ({
		page,
		request
	}) => {
		const files = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(html|js|json|css|txt|xml)$/.test(f)
		);
		expect(files.length).toBeGreaterThan(100);
		const naming = files.filter((f) => /localhost|127\.0\.0\.1/.test(readFileSync(`build/${f}`, 'utf8')));
		expect(naming).toEqual([]);
		expect(files.filter((f) => f.endsWith('oembed.json'))).toEqual([]);
		await page.goto('/embed/curve-detectors/');
		await expect(
			page.locator('link[type="application/json+oembed"], meta[property="og:url"], meta[name="twitter:player"]')
		).toHaveCount(0);
		expect((await request.get('/embed/curve-detectors/thumbnail.png')).headers()['content-type']).toBe('image/png');
		// the docs still give working snippets, with the address the page is served from
		await page.goto('/embed/');
		await expect(page.locator('pre').filter({ hasText: '/embed/resize.js' }).first()).toContainText(
			'http://localhost:4173/embed/resize.js'
		);
	});

	test('the heights the docs and oEmbed give are this build’s, each within 2% (npm run heights writes them)', async ({
		browser
	}) => {
		test.setTimeout(180_000);
		for (const slug of WIDGET_SLUGS)
			for (const width of COLUMNS) {
				const measured = await measureHeight(browser, 'http://localhost:4173', slug, width);
				expect(
					Math.abs(measured - HEIGHTS[slug][width]),
					`${slug} at ${width} px: measured ${measured}, heights.json says ${HEIGHTS[slug][width]}; run npm run heights`
				).toBeLessThanOrEqual(0.02 * measured);
			}
	});

	test('the docs read as written: no words run together, and each figure’s heights are listed', async ({ page }) => {
		await page.goto('/embed/');
		const text = await page.locator('main').innerText();
		expect(text).not.toMatch(/[a-z][.,;:][A-Z]/);
		for (const slug of WIDGET_SLUGS)
			await expect(page.locator(`section[aria-labelledby="widget-${slug}"]`)).toContainText(
				`${HEIGHTS[slug][700].toLocaleString('en')} px tall in a 700 px column`
			);
	});
});

test.describe('custom elements on another origin, under a strict CSP', () => {
	test('one script tag and one element give a working figure, with no CSP violation', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto(`${HOST}/element.html`);
		const element = page.locator('zoom-curve-detectors#good');
		await expect(element.locator('.gate')).toHaveAttribute('data-backend', 'wasm', { timeout: 30_000 });
		await turnOneStep(page, element, 45);
		// inhibition="off" was taken: the echo shows
		await expect
			.poll(async () => Number(await element.getByTestId('echo-ratio').textContent()), { timeout: 20_000 })
			.toBeGreaterThan(0.2);
		// the element's styles arrived: the tuning plot is laid out, not a raw SVG at the default size
		const box = await element.locator('svg.tuning').boundingBox();
		expect(box!.width).toBeLessThanOrEqual(340);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(watch.problems).toEqual([]);
	});

	test('a bad attribute shows a message in place of the figure', async ({ page }) => {
		await page.goto(`${HOST}/element.html`);
		const bad = page.locator('zoom-curve-detectors#bad');
		await expect(bad.getByRole('alert')).toContainText('radius must be a whole number of pixels from 8 to 40');
		await expect(bad.getByRole('alert')).toContainText('Unknown parameter "glow"');
	});

	test('changing an attribute updates the figure', async ({ page }) => {
		await page.goto(`${HOST}/element.html`);
		const element = page.locator('zoom-curve-detectors#good');
		await expect(element.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await element.evaluate((e) => e.setAttribute('angle', '180'));
		await expect(element.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(element.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '180');
		expect(await leader(element)).toBe('180');
	});
});

test.describe('hosted under a sub-path', () => {
	test('the article, its widget, the embed page and the docs all work under /zoom-in, and nothing 404s', async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.goto(`${SUB}/`);
		// this build was given its address: the card tags and the citation carry it
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${SUB}/preview.png`);
		await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${SUB}/`);
		await expect(page.locator('.appendix pre.bibtex')).toContainText(`url = {${SUB}/}`);
		const figure = page.locator('#figure-curve-detectors');
		await figure.scrollIntoViewIfNeeded();
		await figure.getByRole('slider', { name: /Curve orientation/ }).focus();
		await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await page.keyboard.press('Home');
		await turnOneStep(page, figure, 0);
		await page.goto(`${SUB}/embed/curve-detectors?angle=90`);
		await turnOneStep(page, page.locator('main'), 90);
		await page.goto(`${SUB}/embed/`);
		await expect(page.getByRole('heading', { name: 'Embedding the figures' })).toBeVisible();
		await expect(page.locator('pre').filter({ hasText: '<iframe' }).first()).toContainText(
			`${SUB}/embed/curve-detectors`
		);
		await page.locator('iframe.preview').first().scrollIntoViewIfNeeded();
		const preview = page.frameLocator('iframe.preview').first();
		await expect(preview.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		watch.expectClean();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(new URL(r.url()).pathname));
		await page.goto(`${SUB}/`);
		expect(requests.every((p) => p.startsWith('/zoom-in/'))).toBe(true);
	});
});

test.describe('shareable state in the article', () => {
	test('turning the curve writes the address, and opening that address restores the figure', async ({ page }) => {
		await page.goto('/');
		const figure = page.locator('#figure-curve-detectors');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await figure.getByLabel('Curve angle in degrees').fill('135');
		await figure.getByRole('switch', { name: /Inhibitory weights/ }).uncheck();
		await expect.poll(() => new URL(page.url()).search).toBe('?curves.angle=135&curves.inhibition=off');
		await page.goto(page.url());
		const restored = page.locator('#figure-curve-detectors');
		await restored.scrollIntoViewIfNeeded();
		await expect(restored.getByRole('slider', { name: /Curve orientation/ })).toHaveAttribute('aria-valuenow', '135');
		await expect(restored.getByRole('switch', { name: /Inhibitory weights/ })).not.toBeChecked();
		await expect(restored.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '135', { timeout: 30_000 });
	});

	test('"Embed this" copies the iframe and the element for the state the reader has set', async ({ browser }) => {
		const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto('/');
		const figure = page.locator('#figure-curve-detectors');
		await figure.scrollIntoViewIfNeeded();
		await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await figure.getByLabel('Curve angle in degrees').fill('135');
		// the embed actions sit in one small menu, closed until asked for
		await expect(figure.getByRole('button', { name: 'Copy iframe' })).toBeHidden();
		await figure.locator('.embed-this > summary').focus();
		await page.keyboard.press('Enter');
		await figure.getByRole('button', { name: 'Copy iframe' }).click();
		await expect(figure.locator('.embed-this .status')).toHaveText('Copied the iframe, with your settings.');
		const iframe = await page.evaluate(() => navigator.clipboard.readText());
		expect(iframe).toContain('<iframe src="http://localhost:4173/embed/curve-detectors/?angle=135"');
		expect(iframe).toContain(`height="${HEIGHTS['curve-detectors'][700]}"`);
		expect(iframe).toContain('<script src="http://localhost:4173/embed/resize.js" defer></script>');
		await figure.getByRole('button', { name: 'Copy element' }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toContain(
				'<zoom-curve-detectors angle="135">\n  <a href="http://localhost:4173/embed/curve-detectors/?angle=135">'
			);
		await context.close();
	});

	test('a link with a bad setting says so and shows the default figure', async ({ page }) => {
		await page.goto('/?curves.radius=500');
		const figure = page.locator('#figure-curve-detectors');
		await expect(figure.getByRole('alert')).toContainText('radius must be a whole number');
		await expect(figure.getByRole('slider', { name: /Curve orientation/ })).toHaveAttribute('aria-valuenow', '20');
	});
});

test('the docs and embed pages have no serious or critical accessibility violations', async ({ page }) => {
	for (const path of ['/embed/', '/embed/curve-detectors/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect(await seriousViolations(page), path).toEqual([]);
	}
});

test('without JavaScript an embed page still shows the figure in its default state', async ({ browser }) => {
	await withoutJavaScript(browser, '/embed/curve-detectors/', async (page) => {
		await expect(page.locator('path.curve')).toHaveCount(8);
		await expect(page.getByTestId('description')).toContainText('leads at');
	});
});

test.describe('the trained network’s widgets on another origin', () => {
	test('as iframes: the curve family and the dog circuit run the trained network, their state from the address', async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.goto(`${HOST}/iframe.html`);
		await page.locator('#family').scrollIntoViewIfNeeded();
		const family = page.frameLocator('#family');
		await expect(family.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(family.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '90');
		await expect(family.locator('.examples')).toHaveCount(0);
		// a figure loads its network only when it nears the reader's view
		await page.locator('#dog').scrollIntoViewIfNeeded();
		const dog = page.frameLocator('#dog');
		await expect(dog.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(dog.getByTestId('description')).toContainText('Left-facing head unit');
		await expect(dog.locator('.note').first()).toContainText('Held-out head 3');
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(watch.offHost.filter((u) => !u.startsWith('http://localhost'))).toEqual([]);
	});

	// the curve family, the dog circuit and high-low, with the network loaded from the site
	test('as custom elements under a strict CSP: the trained network loads, and the attributes are the state', async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.goto(`${HOST}/element.html`);
		const family = page.locator('zoom-curve-family#family');
		await family.scrollIntoViewIfNeeded();
		await expect(family.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(family.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '90');
		await expect(family.getByTestId('echo')).toBeVisible();
		const dog = page.locator('zoom-dog-circuit#dog');
		await dog.scrollIntoViewIfNeeded();
		await expect(dog.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(dog.getByRole('switch', { name: /Inhibition between the pathways/ })).not.toBeChecked();
		const highLow = page.locator('zoom-high-low#highlow');
		await highLow.scrollIntoViewIfNeeded();
		await expect(highLow.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(highLow.locator('.curve-widget')).toHaveAttribute('data-rendered', '30|3|edge-dark');
		await expect(highLow.getByTestId('description')).toContainText('A plain edge');
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(watch.problems).toEqual([]);
	});
});
