// Figures on another site, as a blogger would put them there: isolated from the host's CSS, themed,
// talking to the host (events, properties, messages), and helpful when something is wrong.
import { expect, test, type Locator, type Page } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { watchPage, WIDGET_SLUGS } from './helpers';
import { elementProperty } from '../src/lib/widgets/kit/spec';

const HOST = 'http://localhost:4175';

/** A host page on another origin with one figure: `query` as widget.js reads it. */
async function hostWith(page: Page, query: string) {
	await page.goto(`${HOST}/widget.html?${query}`);
	const figure = page.locator('#figure');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 45_000 });
	return figure;
}

/** A screenshot of the figure once two in a row, half a second apart, are the same. */
async function settledShot(figure: Locator): Promise<Buffer> {
	let last = await figure.screenshot({ animations: 'disabled' });
	for (let i = 0; i < 20; i++) {
		await figure.page().waitForTimeout(500);
		const now = await figure.screenshot({ animations: 'disabled' });
		if (now.equals(last)) return now;
		last = now;
	}
	return last;
}

/** The share of pixels that differ between two screenshots of the same size. */
function differingShare(a: Buffer, b: Buffer): number {
	const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
	expect([y.width, y.height], 'the two figures have the same size').toEqual([x.width, x.height]);
	return pixelmatch(x.data, y.data, undefined, x.width, x.height, { threshold: 0.1 }) / (x.width * x.height);
}

test.describe('a host page’s CSS cannot reach a custom element', () => {
	for (const slug of WIDGET_SLUGS)
		test(`<zoom-${slug}> looks the same on an aggressively styled host as on a plain one`, async ({ page }) => {
			test.setTimeout(120_000);
			const watch = watchPage(page);
			const plain = await settledShot(await hostWith(page, `widget=${slug}&attr.backend=wasm`));
			const styled = await hostWith(page, `widget=${slug}&attr.backend=wasm&css=aggressive`);
			// the host's rules did apply to the host: its root font is 10 px and its text is upper case
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
			const share = differingShare(plain, await settledShot(styled));
			expect(share, `share of pixels that differ for ${slug}`).toBeLessThan(0.005);
			expect(watch.problems).toEqual([]);
		});
});

test.describe('themes', () => {
	test('theme="light" keeps a figure light on a dark device, and theme="dark" makes it dark on a light one', async ({
		browser
	}) => {
		const background = (figure: Locator) =>
			figure.locator('.zoom-element').evaluate((e) => getComputedStyle(e).backgroundColor);
		const dark = await browser.newContext({ colorScheme: 'dark' });
		const onDark = await dark.newPage();
		expect(await background(await hostWith(onDark, 'widget=curve-detectors&attr.backend=wasm'))).toBe(
			'rgb(31, 33, 36)'
		);
		expect(await background(await hostWith(onDark, 'widget=curve-detectors&attr.backend=wasm&attr.theme=light'))).toBe(
			'rgb(255, 255, 255)'
		);
		await dark.close();
		const light = await browser.newContext({ colorScheme: 'light' });
		const onLight = await light.newPage();
		const figure = await hostWith(onLight, 'widget=curve-detectors&attr.backend=wasm&dark-host&attr.theme=dark');
		expect(await background(figure)).toBe('rgb(31, 33, 36)');
		// the theme can change in place
		await figure.evaluate((e) => e.setAttribute('theme', 'light'));
		await expect.poll(() => background(figure)).toBe('rgb(255, 255, 255)');
		await light.close();
	});

	test('an embed page takes ?theme= in either direction, and says what is wrong with a bad one', async ({
		browser
	}) => {
		for (const [device, theme, expected] of [
			['dark', 'light', 'rgb(255, 255, 255)'],
			['light', 'dark', 'rgb(31, 33, 36)']
		] as const) {
			const context = await browser.newContext({ colorScheme: device });
			const page = await context.newPage();
			await page.goto(`/embed/curve-detectors/?theme=${theme}`);
			await expect
				.poll(() => page.locator('.zoom-embed').evaluate((e) => getComputedStyle(e).backgroundColor))
				.toBe(expected);
			await page.goto('/embed/curve-detectors/?theme=sepia');
			await expect(page.getByRole('alert')).toContainText('theme must be one of auto, light, dark (got "sepia")');
			await context.close();
		}
	});

	test('it uses the host’s font unless --zoom-font names another; --zoom-accent and --zoom-background apply', async ({
		page
	}) => {
		const figure = await hostWith(page, 'widget=curve-detectors&attr.backend=wasm');
		const font = () => figure.locator('.live-description').evaluate((e) => getComputedStyle(e).fontFamily);
		expect(await font()).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
		await figure.evaluate((e: HTMLElement) => {
			e.style.setProperty('--zoom-font', 'Georgia, serif');
			e.style.setProperty('--zoom-background', 'rgb(255, 253, 247)');
			e.style.setProperty('--zoom-accent', 'rgb(138, 59, 18)');
		});
		expect(await font()).toBe('Georgia, serif');
		expect(await figure.locator('.zoom-element').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(
			'rgb(255, 253, 247)'
		);
		expect(await figure.locator('a.source').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(138, 59, 18)');
	});

	test('a frame takes the --zoom- properties in its address and by message, state kept; an element its text size', async ({
		page
	}) => {
		const colour = (l: Locator) => l.evaluate((e) => getComputedStyle(e).color);
		const size = (l: Locator) => l.evaluate((e) => getComputedStyle(e).fontSize);
		await page.goto('/embed/curve-detectors/?angle=90&zoom-accent=rgb(138,59,18)&zoom-text-size=20px');
		await expect.poll(() => colour(page.locator('a.source'))).toBe('rgb(138, 59, 18)');
		// the link is set at 0.75 of the text size: 15 px of 20
		expect(await size(page.locator('a.source'))).toBe('15px');
		await page.goto('/embed/curve-detectors/?zoom-accent=plaid');
		await expect(page.getByRole('alert')).toContainText(
			'zoom-accent must be a value CSS takes for color (got "plaid")'
		);

		await page.goto(`${HOST}/iframe.html`);
		const frame = page.frameLocator('#good');
		await expect(frame.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await frame.getByRole('slider', { name: /Curve orientation/ }).focus();
		await page.keyboard.press('PageUp');
		await expect(frame.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '90');
		const post = (message: object) =>
			page.evaluate(
				(m) => document.querySelector<HTMLIFrameElement>('#good')!.contentWindow!.postMessage(m, '*'),
				message
			);
		const sizeBefore = await size(frame.locator('a.source'));
		await post({
			type: 'zoom-in:set',
			style: { '--zoom-background': 'rgb(255, 253, 247)', '--zoom-text-size': '20px' }
		});
		await expect
			.poll(() => frame.locator('.zoom-embed').evaluate((e) => getComputedStyle(e).backgroundColor))
			.toBe('rgb(255, 253, 247)');
		expect(await size(frame.locator('a.source'))).toBe('15px');
		await post({ type: 'zoom-in:set', style: { '--zoom-ink': 'plaid' } });
		await expect
			.poll(() =>
				page.evaluate(() =>
					(window as unknown as { messages: { type: string; errors?: string[] }[] }).messages
						.filter((m) => m.type === 'zoom-in:error' && (m as { frame?: string }).frame === 'good')
						.flatMap((m) => m.errors)
				)
			)
			.toEqual(['--zoom-ink must be a value CSS takes for color (got "plaid").']);
		await post({ type: 'zoom-in:set', style: { '--zoom-text-size': null } });
		await expect.poll(() => size(frame.locator('a.source'))).toBe(sizeBefore);
		await expect(frame.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '90');

		const figure = await hostWith(page, 'widget=curve-detectors&attr.backend=wasm');
		expect(await size(figure.locator('a.source'))).toBe('12px');
		await figure.evaluate((e: HTMLElement) => e.style.setProperty('--zoom-text-size', '20px'));
		expect(await size(figure.locator('a.source'))).toBe('15px');
	});
});

test.describe('state out and in, across origins', () => {
	test('the element fires change with its state as the curve turns, takes properties, and refuses a bad one', async ({
		page
	}) => {
		const figure = await hostWith(page, 'widget=curve-detectors&attr.backend=wasm');
		await figure.evaluate((e) => {
			(window as unknown as { changes: object[] }).changes = [];
			e.addEventListener('change', (event) =>
				(window as unknown as { changes: object[] }).changes.push((event as CustomEvent).detail)
			);
		});
		const changes = () => page.evaluate(() => (window as unknown as { changes: object[] }).changes);
		await figure.getByRole('slider', { name: /Curve orientation/ }).focus();
		await page.keyboard.press('PageUp');
		await expect.poll(changes).toEqual([{ angle: 65, radius: 16, inhibition: true }]);
		// a property sets the state without a change event coming back
		await figure.evaluate((e) => ((e as unknown as { angle: number }).angle = 180));
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '180');
		await figure.evaluate((e) => ((e as unknown as { state: object }).state = { radius: 24, inhibition: 'off' }));
		await expect(figure.getByRole('switch', { name: /Inhibitory weights/ })).not.toBeChecked();
		expect(await figure.evaluate((e) => (e as unknown as { state: object }).state)).toEqual({
			angle: 180,
			radius: 24,
			inhibition: false
		});
		expect(await changes()).toHaveLength(1);
		const refused = await figure.evaluate((e) => {
			try {
				(e as unknown as { radius: number }).radius = 99;
				return null;
			} catch (error) {
				return (error as Error).message;
			}
		});
		expect(refused).toContain('radius must be a whole number of pixels from 8 to 40');
		// an attribute changes the live figure in place, keeping what was set otherwise
		await figure.evaluate((e) => e.setAttribute('angle', '270'));
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '270');
		expect(await figure.evaluate((e) => (e as unknown as { state: object }).state)).toEqual({
			angle: 270,
			radius: 24,
			inhibition: false
		});
	});

	test('every element says when it is live, and each parameter is a property that reads and sets it', async ({
		page
	}) => {
		test.setTimeout(240_000);
		// the ready event does not bubble: heard on its way down, as a host's listener on the element would hear it
		await page.addInitScript(() => {
			const heard: object[] = ((window as unknown as { readies: object[] }).readies = []);
			document.addEventListener(
				'ready',
				(e) => heard.push({ tag: (e.target as Element).localName, detail: (e as CustomEvent).detail }),
				true
			);
		});
		for (const slug of WIDGET_SLUGS) {
			await page.goto(`${HOST}/widget.html?widget=${slug}&attr.backend=wasm`);
			const figure = page.locator('#figure');
			await figure.scrollIntoViewIfNeeded();
			const outcome = await figure.evaluate((e) => (e as unknown as { ready: Promise<object> }).ready);
			expect(outcome, slug).toEqual({ live: true, backend: 'wasm', engine: expect.stringMatching(/^(worker|page)$/) });
			await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true');
			expect(await page.evaluate(() => (window as unknown as { readies: object[] }).readies)).toEqual([
				{ tag: `zoom-${slug}`, detail: outcome }
			]);
			const state = await figure.evaluate((e) => (e as unknown as { state: Record<string, unknown> }).state);
			const properties = Object.keys(state).map((name) => [name, elementProperty(name)]);
			const read = await figure.evaluate(
				(e, names) => names.map(([, property]) => (e as unknown as Record<string, unknown>)[property]),
				properties
			);
			expect(read, `${slug}: every parameter's property reads its state`).toEqual(Object.values(state));
			// no property hides a member every element has: el.blur() still takes the focus away
			expect(await figure.evaluate((e) => typeof e.blur)).toBe('function');
		}
		// a property renamed to spare such a member sets its parameter
		const figure = await hostWith(page, 'widget=high-low&attr.backend=wasm');
		await figure.evaluate((e) => ((e as unknown as { blurValue: number }).blurValue = 0.5));
		expect(await figure.evaluate((e) => (e as unknown as { state: { blur: number } }).state.blur)).toBe(0.5);
	});

	test('an attribute changed to a bad value keeps the figure and what the reader set, and says why above it', async ({
		page
	}) => {
		const figure = await hostWith(page, 'widget=curve-detectors&attr.backend=wasm');
		const state = () => figure.evaluate((e) => (e as unknown as { state: object }).state);
		const background = () => figure.locator('.zoom-element').evaluate((e) => getComputedStyle(e).backgroundColor);
		await figure.evaluate((e) => ((e as unknown as { angle: number }).angle = 180));
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '180');
		await figure.evaluate((e) => e.setAttribute('radius', '99'));
		const notice = figure.getByRole('alert');
		await expect(notice).toContainText('kept its figure as it was');
		await expect(notice).toContainText('radius must be a whole number of pixels from 8 to 40');
		await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true');
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '180');
		expect(await state()).toEqual({ angle: 180, radius: 16, inhibition: true });
		// a good value clears the notice and is taken in place
		await figure.evaluate((e) => e.setAttribute('radius', '24'));
		await expect(notice).toBeHidden();
		expect(await state()).toEqual({ angle: 180, radius: 24, inhibition: true });
		// the theme changes in place, by property, attribute or state, and a bad one is refused
		await figure.evaluate((e) => ((e as unknown as { theme: string }).theme = 'dark'));
		await expect.poll(background).toBe('rgb(31, 33, 36)');
		expect(await figure.evaluate((e) => e.getAttribute('theme'))).toBe('dark');
		const refused = await figure.evaluate((e) => {
			try {
				(e as unknown as { theme: string }).theme = 'sepia';
				return null;
			} catch (error) {
				return (error as Error).message;
			}
		});
		expect(refused).toBe('theme must be one of auto, light, dark (got "sepia").');
		await figure.evaluate((e) => ((e as unknown as { state: object }).state = { theme: 'light', inhibition: false }));
		await expect.poll(background).toBe('rgb(255, 255, 255)');
		expect(await state()).toEqual({ angle: 180, radius: 24, inhibition: false });
		// hiding a part makes the figure again, in the state the reader left it
		await figure.evaluate((e) => e.setAttribute('hide', 'caption'));
		await expect(figure.locator('figcaption')).toHaveCount(0);
		await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '180');
		expect(await state()).toEqual({ angle: 180, radius: 24, inhibition: false });
	});

	test('a frame posts its state to its parent, takes zoom-in:set, and answers a bad one with zoom-in:error', async ({
		page
	}) => {
		const watch = watchPage(page);
		await page.goto(`${HOST}/iframe.html`);
		const frame = page.frameLocator('#good');
		await expect(frame.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		const messages = (type: string) =>
			page.evaluate(
				(t) =>
					(window as unknown as { messages: { type: string; frame: string }[] }).messages.filter(
						(m) => m.type === t && m.frame === 'good'
					),
				type
			);
		await frame.getByRole('slider', { name: /Curve orientation/ }).focus();
		await page.keyboard.press('PageUp');
		await expect
			.poll(() => messages('zoom-in:state'))
			.toEqual([
				{
					type: 'zoom-in:state',
					frame: 'good',
					widget: 'curve-detectors',
					state: { angle: 90, radius: 16, inhibition: true }
				}
			]);
		await page.evaluate(() =>
			document
				.querySelector<HTMLIFrameElement>('#good')!
				.contentWindow!.postMessage({ type: 'zoom-in:set', state: { angle: 225, inhibition: false } }, '*')
		);
		await expect(frame.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '225');
		await expect(frame.getByRole('switch', { name: /Inhibitory weights/ })).not.toBeChecked();
		await page.evaluate(() =>
			document
				.querySelector<HTMLIFrameElement>('#good')!
				.contentWindow!.postMessage({ type: 'zoom-in:set', state: { angle: 'north' } }, '*')
		);
		await expect.poll(() => messages('zoom-in:error')).toHaveLength(1);
		expect(((await messages('zoom-in:error'))[0] as unknown as { errors: string[] }).errors.join(' ')).toContain(
			'angle must be a number of degrees'
		);
		expect(await messages('zoom-in:state')).toHaveLength(1);
		// it said once that it was live
		expect(await messages('zoom-in:ready')).toEqual([
			{
				type: 'zoom-in:ready',
				frame: 'good',
				widget: 'curve-detectors',
				live: true,
				backend: expect.any(String),
				engine: 'worker'
			}
		]);
		// its theme changes in place, keeping the state; a bad one is answered and changes nothing
		const post = (message: object) =>
			page.evaluate(
				(m) => document.querySelector<HTMLIFrameElement>('#good')!.contentWindow!.postMessage(m, '*'),
				message
			);
		const background = () => frame.locator('.zoom-embed').evaluate((e) => getComputedStyle(e).backgroundColor);
		const light = await background();
		await post({ type: 'zoom-in:set', theme: light === 'rgb(255, 255, 255)' ? 'dark' : 'light' });
		await expect.poll(background).not.toBe(light);
		await post({ type: 'zoom-in:set', state: { theme: 'sepia', angle: 0 } });
		await expect.poll(() => messages('zoom-in:error')).toHaveLength(2);
		expect(((await messages('zoom-in:error'))[1] as unknown as { errors: string[] }).errors).toEqual([
			'theme must be one of auto, light, dark (got "sepia").'
		]);
		await post({ type: 'zoom-in:set', theme: 'auto' });
		await expect.poll(background).toBe(light);
		await expect(frame.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '225');
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
		expect(watch.offHost.filter((u) => !u.startsWith('http://localhost'))).toEqual([]);
	});

	test('the docs’ runnable example sets a frame by message and shows what it reports', async ({ page }) => {
		await page.goto('/embed/');
		const demo = page.frameLocator('iframe.state-frame');
		await page.locator('iframe.state-frame').scrollIntoViewIfNeeded();
		await expect(demo.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await page.getByRole('button', { name: 'Post { angle: 90 }' }).click();
		await expect(demo.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '90');
		await demo.getByRole('slider', { name: /Curve orientation/ }).focus();
		await page.keyboard.press('PageUp');
		await expect(page.getByTestId('reported-state')).toHaveText('{"angle":135,"radius":16,"inhibition":true}');
	});
});

test.describe('sizing without inline script', () => {
	test('/embed/resize.js, one script tag under a strict CSP, gives every frame its content’s height', async ({
		page
	}) => {
		await page.goto(`${HOST}/iframe.html`);
		const frame = page.frameLocator('#good');
		await expect(frame.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		const content = () => frame.locator('main').evaluate((m) => Math.ceil(m.getBoundingClientRect().height));
		await expect
			.poll(async () =>
				Math.abs((await page.locator('#good').evaluate((f) => f.getBoundingClientRect().height)) - (await content()))
			)
			.toBeLessThanOrEqual(1);
		expect(await content()).toBeGreaterThan(300);
		expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
	});
});

test.describe('helpful failures', () => {
	test('a misspelt element is named in the console, with the nearest real name and the list of them', async ({
		page
	}) => {
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(`${HOST}/widget.html?widget=curve-detector`);
		await expect
			.poll(() => warnings.join('\n'))
			.toContain(
				'<zoom-curve-detector> is not a Zoom In figure, so it shows nothing. Did you mean <zoom-curve-detectors>?'
			);
		expect(warnings.join('\n')).toContain('<zoom-dog-circuit>');
	});

	test('where the host’s policy refuses the site’s styles, the element shows a short notice with the line to add', async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.goto(`${HOST}/unstyled.html`);
		const element = page.locator('zoom-curve-detectors');
		const notice = element.getByRole('alert');
		await expect(notice).toContainText('A figure, “Hand-set curve detectors”, could not be shown here.');
		await expect(notice).toContainText(
			'If the page sends a Content-Security-Policy, add http://localhost:4173 to its style-src'
		);
		await expect(notice.getByRole('link', { name: 'See it on its own site' })).toHaveAttribute(
			'href',
			'http://localhost:4173/#figure-curve-detectors'
		);
		expect(await element.evaluate((e) => (e as unknown as { ready: Promise<object> }).ready)).toEqual({
			live: false,
			error: 'its styles could not be loaded'
		});
		// a few lines, not the figure's controls laid out bare
		await expect(element.locator('.gate')).toHaveCount(0);
		expect((await element.boundingBox())!.height).toBeLessThan(250);
		expect(errors.join('\n')).toContain('add http://localhost:4173 to its style-src');
	});

	test('an element written self-closing is named in the console; a closed one’s fallback picture gives way', async ({
		browser
	}) => {
		const page = await browser.newPage();
		const warnings: string[] = [];
		page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
		await page.goto(`${HOST}/self-closing.html`);
		await expect.poll(() => warnings.join('\n')).toContain('<zoom-dog-circuit> holds <p>, which it hides');
		expect(warnings.join('\n')).toContain('write <zoom-dog-circuit …></zoom-dog-circuit>');
		expect(warnings.join('\n')).not.toContain('<zoom-curve-detectors> holds');
		const closed = page.locator('#closed');
		await expect(closed.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(closed.getByRole('img', { name: /a picture of the figure/ })).toBeHidden();
		await page.close();
		// without JavaScript the fallback is what shows
		const still = await browser.newContext({ javaScriptEnabled: false });
		const off = await still.newPage();
		await off.goto(`${HOST}/self-closing.html`);
		await expect(off.locator('#closed').getByRole('img', { name: /a picture of the figure/ })).toBeVisible();
		await still.close();
	});

	test('an unknown unit in <zoom-feature-vis> shows the documented message in place of the figure', async ({
		page
	}) => {
		await page.goto(`${HOST}/widget.html?widget=feature-vis&attr.unit=mixed9z:999`);
		const alert = page.locator('#figure').getByRole('alert');
		await expect(alert).toContainText('<zoom-feature-vis> could not be shown as asked');
		await expect(alert).toContainText(
			'unit must name a unit of the network as the paper writes them, like mixed3b:12, or be "curve"'
		);
		await expect(page.locator('#figure .gate')).toHaveCount(0);
	});
});
