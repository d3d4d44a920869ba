import { expect, test, type Locator, type Page } from '@playwright/test';
import { watchPage } from './helpers';

const HOST = 'http://localhost:4175';
const SUB = 'http://localhost:4174/zoom-in';

const leader = (scope: Locator) => scope.locator('.bar-row.leading').getAttribute('data-angle');

/** Drives a curve widget by keyboard: focuses its curve, turns it one family step, checks the peak moves on. */
async function turnOneStep(page: Page, scope: Locator, from: number) {
	await expect(scope.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const stimulus = scope.getByRole('slider', { name: /Curve orientation/ });
	await expect(stimulus).toHaveAttribute('aria-valuenow', String(from));
	await stimulus.focus();
	await page.keyboard.press('PageUp');
	const to = (from + 45) % 360;
	await expect(scope.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(to));
	expect(await leader(scope)).toBe(String(to));
}

test.describe('iframe embeds on another origin', () => {
	test('the figure becomes interactive, takes its state from the address, and reports its height to the host', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto(`${HOST}/iframe.html`);
		const frame = page.frameLocator('#good');
		await expect(frame.locator('figcaption')).toHaveCount(0);
		await turnOneStep(page, frame.locator('body'), 45);
		await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
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
		await expect(missing.getByRole('alert')).toContainText('There is no widget called “no-such-widget”', { timeout: 20_000 });
	});

	test('the embed page links its oEmbed description, a rich type with an iframe', async ({ page, request }) => {
		await page.goto('/embed/curve-detectors');
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		expect(href).toBeTruthy();
		const oembed = await (await request.get(new URL(href!, page.url()).href)).json();
		expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Zoom In, explorable' });
		expect(oembed.html).toContain('<iframe src="http://localhost:4173/embed/curve-detectors/"');
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
		await expect.poll(async () => Number(await element.getByTestId('echo-ratio').textContent()), { timeout: 20_000 }).toBeGreaterThan(0.2);
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
	test('the article, its widget, the embed page and the docs all work under /zoom-in, and nothing 404s', async ({ page }) => {
		const watch = watchPage(page);
		await page.goto(`${SUB}/`);
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
		await expect(page.locator('pre').first()).toContainText(`${SUB}/embed/curve-detectors`);
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

	test('a link with a bad setting says so and shows the default figure', async ({ page }) => {
		await page.goto('/?curves.radius=500');
		const figure = page.locator('#figure-curve-detectors');
		await expect(figure.getByRole('alert')).toContainText('radius must be a whole number');
		await expect(figure.getByRole('slider', { name: /Curve orientation/ })).toHaveAttribute('aria-valuenow', '20');
	});
});

test('the docs and embed pages have no serious or critical accessibility violations', async ({ page }) => {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	for (const path of ['/embed/', '/embed/curve-detectors/']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), path).toEqual([]);
	}
});

test('without JavaScript an embed page still shows the figure in its default state', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/embed/curve-detectors/');
	await expect(page.locator('path.curve')).toHaveCount(8);
	await expect(page.getByTestId('description')).toContainText('leads at');
	await context.close();
});

test.describe('the trained network’s widgets on another origin', () => {
	test('as iframes: the curve family and the dog circuit run the trained network, with their state from the address', async ({ page }) => {
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

	test('as custom elements under a strict CSP: the trained network loads from the site, and the attributes are the state (curve family, dog circuit, high-low)', async ({ page }) => {
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
