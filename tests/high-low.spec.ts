import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	engineTensors,
	leaderAngle,
	openWidget,
	seriousViolations,
	settledTensors,
	watchPage,
	withoutJavaScript
} from './helpers';
import { angleDifference } from '../src/lib/world/geometry';
import { MODEL_DIR } from '../src/lib/model/models';
import { buildSlice } from '../src/lib/analysis/atlas-files';
import { MODEL_NAME } from '../src/lib/model/models';
import { frequencyBoundary } from '../src/lib/measure/boundary-stimuli';
import type { Atlas } from '../src/lib/atlas/schema';
import { unitName } from '../src/lib/unit';

// the default angle the atlas chose (npm run analyze)
const SHOWN = JSON.parse(readFileSync('src/lib/generated/shown.json', 'utf8'))['high-low'].angle as number;

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const family = buildSlice(MODEL_NAME).highLow;
const evaluation = atlas.highLow.evaluation;
const at = evaluation.blurs.indexOf(evaluation.defaultBlur);
const close = (actual: number, expected: number) =>
	Math.abs(actual - expected) <= Math.max(1e-4, 1e-3 * Math.abs(expected));
const name = (unit: number) => unitName({ layer: family.layer, unit });

const open = (page: Page, query = '') => openWidget(page, 'high-low', query);

/** Sets the boundary's angle with the slider and waits until the bars show it. */
async function turnTo(figure: Locator, angle: number) {
	await figure.getByLabel('Boundary angle in degrees').fill(String(angle));
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(angle));
}
const rendered = (figure: Locator) => figure.locator('.curve-widget').getAttribute('data-rendered');
const barValue = async (figure: Locator, unit: number) =>
	Number(await figure.locator(`.area-bars .bar-row[data-unit="${name(unit)}"]`).getAttribute('data-value'));
const tensors = (page: Page) => engineTensors(page);

test('at each preferred angle the live network gives what the analysis measured, for boundary and plain edge', async ({
	page
}) => {
	const watch = watchPage(page);
	const figure = await open(page);
	for (const [kind, label, pick] of [
		['high-low', /^high-low$/, (u: (typeof evaluation.units)[number]) => u.highLow[at]],
		['edge-dark', /plain edge, darker/, (u: (typeof evaluation.units)[number]) => u.edgeDark[at]]
	] as const) {
		await figure.getByRole('radio', { name: label }).check();
		for (const unit of family.units) {
			await turnTo(figure, unit.preferredAngle);
			await expect.poll(() => rendered(figure)).toBe(`${unit.preferredAngle}|${evaluation.defaultBlur}|${kind}`);
			const live = await barValue(figure, unit.unit);
			const expected = pick(evaluation.units.find((u) => u.unit === unit.unit)!);
			expect(
				close(live, expected),
				`${kind}, ${name(unit.unit)} at ${unit.preferredAngle}°: live ${live}, atlas ${expected}`
			).toBe(true);
		}
	}
	// the family's figures beside the chart are the atlas's
	await expect(figure.getByTestId('edge-ratio')).toHaveText(`${evaluation.edgeRatio.median!.toFixed(2)}×`);
	await expect(figure.getByTestId('swapped-ratio')).toHaveText(`${evaluation.swappedRatio.median!.toFixed(2)}×`);
	watch.expectClean();
});

test('the picture is the network’s input: the boundary blurred towards the angle, on the analysed texture', async ({
	page
}) => {
	const figure = await open(page, '?highlow.angle=30&highlow.blur=3');
	const pixels = await figure
		.locator('.dial canvas')
		.evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')!.getImageData(0, 0, 64, 64).data));
	const expected = frequencyBoundary({ angle: 30, kind: 'high-low', blur: 3, seed: family.seeds[0] }, family.shift);
	let worst = 0;
	for (let p = 0; p < 64 * 64; p++)
		worst = Math.max(worst, Math.abs(pixels[p * 4] - Math.round(expected[p * 3] * 255)));
	expect(worst).toBeLessThanOrEqual(1);
	await expect(figure.getByRole('slider', { name: /Boundary orientation/ })).toHaveAttribute(
		'aria-valuetext',
		'blurred side towards 30°'
	);
	// the strip beneath: every image the network gets, one per texture, side by side with a 4-pixel gap
	const strip = figure.locator('.textures canvas');
	const width = Number(await strip.getAttribute('width'));
	expect(width).toBe(family.seeds.length * 64 + (family.seeds.length - 1) * 4);
	const row = await strip.evaluate((c: HTMLCanvasElement) =>
		Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, 64).data)
	);
	family.seeds.forEach((seed, k) => {
		const texture = frequencyBoundary({ angle: 30, kind: 'high-low', blur: 3, seed }, family.shift);
		let off = 0;
		for (let y = 0; y < 64; y++)
			for (let x = 0; x < 64; x++)
				off = Math.max(off, Math.abs(row[(y * width + k * 68 + x) * 4] - Math.round(texture[(y * 64 + x) * 3] * 255)));
		expect(off, `texture ${k + 1}`).toBeLessThanOrEqual(1);
	});
});

test('turning the blur down to nothing quiets the family; the blur slider works by keyboard', async ({ page }) => {
	const figure = await open(page);
	const blur = figure.getByLabel('Blur in pixels');
	const total = async () =>
		(
			await figure
				.locator('.area-bars .bar-row')
				.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-value'))))
		).reduce((a, b) => a + b, 0);
	const before = await total();
	await blur.focus();
	await page.keyboard.press('Home');
	await expect.poll(() => rendered(figure)).toBe(`${SHOWN}|0|high-low`);
	const after = await total();
	expect(after, `family total ${before} at the default blur, ${after} without`).toBeLessThan(0.5 * before);
	await expect(figure.getByTestId('description')).toContainText('One sharp texture throughout');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => rendered(figure)).toBe(`${SHOWN}|0.25|high-low`);
	// a blur the analysis did not measure the tuning at: the plot is swept live, then settles
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-sweeping', 'false', { timeout: 20_000 });
});

test('rotating the boundary by keyboard hands the lead along the family, and swapping it quiets the leader', async ({
	page
}) => {
	const figure = await open(page);
	const dial = figure.getByRole('slider', { name: /Boundary orientation/ });
	const strongest = family.units.reduce((a, b) => (b.highLow[at] > a.highLow[at] ? b : a));
	await turnTo(figure, strongest.preferredAngle);
	await expect(figure.locator('.bar-row.leading')).toHaveAttribute('data-unit', name(strongest.unit));
	const blur = await figure.getByLabel('Blur in pixels').inputValue();
	await expect.poll(() => rendered(figure)).toBe(`${strongest.preferredAngle}|${blur}|high-low`);
	const before = await barValue(figure, strongest.unit);
	await figure.getByRole('radio', { name: 'swapped' }).check();
	await expect(figure.getByTestId('description')).toContainText('sharp towards');
	await expect.poll(() => rendered(figure)).toBe(`${strongest.preferredAngle}|${blur}|swapped`);
	expect(await barValue(figure, strongest.unit)).toBeLessThan(0.5 * before);
	await figure.getByRole('radio', { name: /^high-low$/ }).check();
	await dial.focus();
	await page.keyboard.press('PageUp');
	await expect(figure.locator('.curve-widget')).toHaveAttribute(
		'data-rendered-angle',
		String((strongest.preferredAngle + 45) % 360)
	);
	await expect(figure.locator('.bar-row.leading')).not.toHaveAttribute('data-unit', name(strongest.unit));
});

test('a touch drag on the picture turns the boundary', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const figure = await open(page);
	const dial = figure.getByRole('slider', { name: /Boundary orientation/ });
	await dial.scrollIntoViewIfNeeded();
	const before = Number(await dial.getAttribute('aria-valuenow'));
	const box = (await dial.boundingBox())!;
	const [cx, cy, r] = [box.x + box.width / 2, box.y + box.height / 2, box.width * 0.35];
	const cdp = await context.newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
		cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
	await touch('touchStart', cx + r, cy);
	for (let step = 1; step <= 6; step++)
		await touch('touchMove', cx + r * Math.cos((Math.PI * step) / 12), cy - r * Math.sin((Math.PI * step) / 12));
	await touch('touchEnd', cx, cy - r);
	const after = Number(await dial.getAttribute('aria-valuenow'));
	expect(Math.abs(((after - before + 360) % 360) - 90)).toBeLessThanOrEqual(3);
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(after));
	await context.close();
});

test('picking a unit shows its dataset examples, drawn again with the activation the analysis recorded', async ({
	page
}) => {
	// the network's page shows the whole figure; the article leaves out the scenes
	const figure = await openWidget(page, 'high-low', '', '/network/');
	const unit = family.units[2];
	const bar = figure.locator(`.area-bars .bar-row[data-unit="${name(unit.unit)}"]`);
	await bar.focus();
	await page.keyboard.press('Enter');
	await expect(bar).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.get('highlow.unit')).toBe(String(unit.unit));
	await expect(figure.locator('.examples li')).toHaveCount(unit.examples.length);
	const first = figure.locator('.examples li').first();
	await expect(first).toHaveAttribute('data-live-activation', /\d/, { timeout: 20_000 });
	expect(close(Number(await first.getAttribute('data-live-activation')), unit.examples[0].activation)).toBe(true);
});

test('memory stays flat: 300 changes of angle, blur and kind leave the tensor count where it was', async ({ page }) => {
	const figure = await open(page);
	const dial = figure.getByRole('slider', { name: /Boundary orientation/ });
	await dial.focus();
	await page.keyboard.press('ArrowUp');
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(SHOWN + 5));
	const before = await settledTensors(page);
	for (let i = 0; i < 300; i++) {
		if (i % 100 === 50)
			await figure.getByRole('radio', { name: i % 200 === 50 ? /plain edge, lighter/ : /^high-low$/ }).check();
		if (i % 100 === 75) await figure.getByLabel('Blur in pixels').fill(i % 200 === 75 ? '3' : '2');
		await dial.focus();
		await page.keyboard.press('ArrowUp');
	}
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-sweeping', 'false', { timeout: 20_000 });
	expect(await tensors(page)).toBe(before);
});

test('the high-low widget has no serious accessibility violations, in light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const figure = await openWidget(page, 'high-low', '', '/network/');
		await expect(figure.locator('.examples li')).not.toHaveCount(0);
		expect(await seriousViolations(page, '#figure-high-low'), colorScheme).toEqual([]);
	}
});

test('without JavaScript the high-low widget shows its default state from the atlas', async ({ browser }) => {
	await withoutJavaScript(browser, '/', async (page) => {
		const figure = page.locator('#figure-high-low');
		await expect(figure.locator('path.curve')).toHaveCount(family.units.length);
		await expect(figure.locator('.area-bars .bar-row')).toHaveCount(family.units.length);
		await expect(figure.locator('.textures img')).toHaveCount(family.seeds.length);
		const strongest = figure.locator('.bar-row.leading');
		await expect(strongest).toHaveCount(1);
		await expect(figure.getByTestId('edge-ratio')).toHaveText(`${evaluation.edgeRatio.median!.toFixed(2)}×`);
		await expect(figure.locator('.static-note')).toBeVisible();
	});
});

test('a bad setting in the address says what is wrong and keeps the default figure', async ({ page }) => {
	await page.goto('/?highlow.blur=9&highlow.kind=ripple');
	const figure = page.locator('#figure-high-low');
	await expect(figure.getByRole('alert')).toContainText('blur must be a number of pixels from 0 to 4');
	await expect(figure.getByRole('alert')).toContainText('kind must be one of high-low, swapped, edge-dark, edge-light');
});

test('the default state shows what the caption points at: the leader prefers about the boundary’s angle', async ({
	page
}) => {
	const figure = await open(page);
	await expect.poll(() => rendered(figure)).toMatch(new RegExp(`^${SHOWN}\\|`));
	await expect(figure.locator('.area-bars .bar-row.leading')).toHaveCount(1);
	const lead = Number(await leaderAngle(figure));
	expect(
		Math.abs(angleDifference(lead, SHOWN)),
		`the blurred side lies towards ${SHOWN}°; the leading unit prefers ${lead}°`
	).toBeLessThanOrEqual(30);
});
