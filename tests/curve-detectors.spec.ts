import { expect, test, type Locator } from '@playwright/test';
import { engineTensors, settledTensors, openCurveWidget, watchPage, withoutJavaScript } from './helpers';

const leader = (figure: Locator) => figure.locator('.bar-row.leading').getAttribute('data-angle');
const echo = async (figure: Locator) => {
	const value = figure.getByTestId('echo-ratio');
	await expect(value).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
	return Number(await value.textContent());
};

test('rotating the curve by one family step with the arrow keys hands the peak to the neighbouring detector', async ({
	page
}) => {
	const watch = watchPage(page);
	const figure = await openCurveWidget(page);
	const stimulus = figure.getByRole('slider', { name: /Curve orientation/ });
	await stimulus.focus();
	await page.keyboard.press('Home');
	await expect(stimulus).toHaveAttribute('aria-valuenow', '0');
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '0');
	expect(await leader(figure)).toBe('0');
	for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowUp');
	await expect(stimulus).toHaveAttribute('aria-valuenow', '45');
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '45');
	expect(await leader(figure)).toBe('45');
	await page.keyboard.press('PageUp');
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '90');
	expect(await leader(figure)).toBe('90');
	await expect(figure.getByTestId('description')).toContainText('detector curve 90° leads');
	watch.expectClean();
});

test('dragging the curve round rotates it, and the leading detector follows', async ({ page }) => {
	const figure = await openCurveWidget(page);
	const stimulus = figure.getByRole('slider', { name: /Curve orientation/ });
	await stimulus.focus();
	await page.keyboard.press('Home');
	const box = (await stimulus.boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const r = box.width * 0.35;
	// from 3 o'clock to 9 o'clock over the top: half a turn counter-clockwise
	await page.mouse.move(cx + r, cy);
	await page.mouse.down();
	for (let step = 1; step <= 12; step++) {
		const a = (Math.PI * step) / 12;
		await page.mouse.move(cx + r * Math.cos(a), cy - r * Math.sin(a));
	}
	await page.mouse.up();
	const angle = Number(await stimulus.getAttribute('aria-valuenow'));
	expect(Math.abs(angle - 180)).toBeLessThanOrEqual(3);
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(angle));
	expect(await leader(figure)).toBe('180');
});

test('a touch drag rotates the curve too', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, viewport: { width: 420, height: 900 } });
	const page = await context.newPage();
	const figure = await openCurveWidget(page);
	const stimulus = figure.getByRole('slider', { name: /Curve orientation/ });
	await stimulus.scrollIntoViewIfNeeded();
	const before = Number(await stimulus.getAttribute('aria-valuenow'));
	const box = (await stimulus.boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const r = box.width * 0.35;
	// a real touch sequence, as a finger on a phone sends it
	const cdp = await context.newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
	await touch('touchStart', cx + r, cy);
	for (let step = 1; step <= 6; step++) {
		const a = (Math.PI * step) / 12;
		await touch('touchMove', cx + r * Math.cos(a), cy - r * Math.sin(a));
	}
	await touch('touchEnd', cx, cy - r);
	const after = Number(await stimulus.getAttribute('aria-valuenow'));
	// a quarter turn counter-clockwise
	expect(Math.abs(((after - before + 360) % 360) - 90)).toBeLessThanOrEqual(3);
	await context.close();
});

test('the angle and radius sliders drive the stimulus', async ({ page }) => {
	const figure = await openCurveWidget(page);
	await figure.getByLabel('Curve angle in degrees').fill('135');
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '135');
	expect(await leader(figure)).toBe('135');
	const radius = figure.getByLabel('Curve radius in pixels');
	await radius.fill('30');
	await expect(figure.locator('output').nth(1)).toHaveText('30 px');
	await expect(figure.getByTestId('description')).toContainText('radius 30 px');
});

test('switching the inhibitory weights off makes the echo appear', async ({ page }) => {
	const figure = await openCurveWidget(page);
	const withInhibition = await echo(figure);
	expect(withInhibition).toBeLessThan(0.05);
	await figure.getByRole('switch', { name: /Inhibitory weights/ }).uncheck();
	await expect.poll(() => echo(figure), { timeout: 20_000 }).toBeGreaterThan(0.2);
	await expect(figure.getByTestId('description')).toContainText('inhibition off');
	await figure.getByRole('switch', { name: /Inhibitory weights/ }).check();
	await expect.poll(() => echo(figure), { timeout: 20_000 }).toBeLessThan(0.05);
});

test('hovering or focusing a detector isolates its tuning curve', async ({ page }) => {
	const figure = await openCurveWidget(page);
	await expect(figure.locator('path.curve.faded')).toHaveCount(0);
	await figure.locator('.bar-row[data-angle="90"]').hover();
	await expect(figure.locator('path.curve.faded')).toHaveCount(7);
	await page.mouse.move(0, 0);
	await expect(figure.locator('path.curve.faded')).toHaveCount(0);
	await figure.locator('.bar-row[data-angle="225"]').focus();
	await expect(figure.locator('path.curve:not(.faded)')).toHaveCount(1);
});

test('memory stays flat: 300 updates leave the tensor count where it was', async ({ page }) => {
	const figure = await openCurveWidget(page);
	const stimulus = figure.getByRole('slider', { name: /Curve orientation/ });
	await expect(figure.getByTestId('echo-ratio')).toHaveAttribute('aria-busy', 'false');
	const tensors = () => engineTensors(page);
	const before = await settledTensors(page);
	await stimulus.focus();
	for (let i = 0; i < 300; i++) {
		await page.keyboard.press('ArrowUp');
		if (i % 50 === 0) await page.waitForTimeout(20);
	}
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String((300 * 5 + 20) % 360));
	expect(await tensors()).toBe(before);
});

test('the widget runs on every backend: wasm, plain JavaScript and WebGL', async ({ page }) => {
	for (const backend of ['wasm', 'cpu', 'webgl']) {
		const figure = await openCurveWidget(page, `?backend=${backend}`);
		await expect(figure.locator('.gate')).toHaveAttribute('data-backend', backend);
		await figure.getByLabel('Curve angle in degrees').fill('270');
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '270');
		expect(await leader(figure)).toBe('270');
	}
});

test('without WebGL the widget starts on WebAssembly', async ({ page }) => {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
		Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', {
			value(this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				return type.startsWith('webgl') ? null : original.call(this, type, ...rest);
			}
		});
	});
	const figure = await openCurveWidget(page);
	await expect(figure.locator('.gate')).toHaveAttribute('data-backend', 'wasm');
});

test('when a network cannot load, the figure says so in place and keeps its static picture', async ({ page }) => {
	const watch = watchPage(page);
	// the trained network's weights never arrive (a host that lost the file)
	await page.route('**/models/**/weights.bin', (route) => route.abort());
	await page.goto('/');
	const figure = page.locator('#figure-curve-family');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('.error')).toContainText('could not start', { timeout: 20_000 });
	await expect(figure.locator('.area-bars .bar-row').first()).toBeVisible();
	await expect(figure.getByLabel('Curve angle in degrees')).toBeDisabled();
	// the hand-set figure, which needs no file, runs regardless
	const handset = page.locator('#figure-curve-detectors');
	await handset.scrollIntoViewIfNeeded();
	await expect(handset.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
	await handset.getByRole('slider', { name: /Curve orientation/ }).focus();
	await page.keyboard.press('ArrowUp');
	await expect(handset.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', '25');
	expect(
		watch.problems.filter((p) => p.startsWith('page error')),
		'no uncaught errors'
	).toEqual([]);
});

test('the default state reads the same to assistive technology as when it was reviewed', async ({ browser }) => {
	// without JavaScript the figure is the build-time picture, so its accessibility tree is deterministic
	await withoutJavaScript(browser, '/', async (page) => {
		await expect(page.locator('#figure-curve-detectors')).toMatchAriaSnapshot({
			name: 'curve-detectors-default.aria.yml'
		});
	});
});
