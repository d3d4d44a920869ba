import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	answeredNewest,
	engineTensors,
	leaderAngle,
	openWidget,
	seriousViolations,
	settledTensors,
	watchPage,
	withoutJavaScript
} from './helpers';
import { MODEL_DIR } from '../src/lib/model/models';
import { angleDifference } from '../src/lib/world/geometry';
import { centreCell } from '../src/lib/measure/probe';
import type { Atlas } from '../src/lib/atlas/schema';
import type { ExamplesFile } from '../src/lib/analysis/examples';
import { unitName } from '../src/lib/unit';

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const examples: ExamplesFile = JSON.parse(readFileSync(`${MODEL_DIR}/examples.json`, 'utf8'));
const family = atlas.curves;
const close = (actual: number, expected: number) =>
	Math.abs(actual - expected) <= Math.max(1e-4, 1e-3 * Math.abs(expected));

/** Sets the curve's angle with the slider and waits until the bars show it. */
async function turnTo(figure: Locator, angle: number) {
	await figure.getByLabel('Curve angle in degrees').fill(String(angle));
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(angle));
}

const barValue = async (figure: Locator, unit: number) =>
	Number(
		await figure
			.locator(`.area-bars .bar-row[data-unit="${unitName({ layer: family.layer, unit })}"]`)
			.first()
			.getAttribute('data-value')
	);

const open = (page: Page, query = '') => openWidget(page, 'curve-family', query);
/** The network's page shows the whole figure: the article leaves out the weights and the scenes. */
const openWhole = (page: Page, query = '') => openWidget(page, 'curve-family', query, '/network/');

test('at each unit’s preferred angle the live network gives the activation the analysis found', async ({ page }) => {
	const watch = watchPage(page);
	const figure = await open(page);
	for (const unit of family.units) {
		await turnTo(figure, unit.preferredAngle);
		const live = await barValue(figure, unit.unit);
		expect(
			close(live, unit.tuning[family.angles.indexOf(unit.preferredAngle)]),
			`${unit.name}: live ${live}, atlas ${unit.peak}`
		).toBe(true);
	}
	watch.expectClean();
});

test('rotating the curve with the keyboard hands the lead along the family', async ({ page }) => {
	const figure = await open(page);
	const dial = figure.getByRole('slider', { name: /Curve orientation/ });
	await dial.focus();
	await page.keyboard.press('Home');
	// round the circle by arrow keys, stopping at each unit's preferred angle: the unit that leads there is
	// the one the analysis measured strongest at that angle, and for most stops it prefers about that angle
	const stops = [...new Set(family.units.map((u) => u.preferredAngle))].sort((a, b) => a - b);
	let near = 0;
	for (const step of stops) {
		while (Number(await dial.getAttribute('aria-valuenow')) < step) await page.keyboard.press('ArrowUp');
		expect(Number(await dial.getAttribute('aria-valuenow'))).toBe(step);
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(step));
		const i = family.angles.indexOf(step);
		const strongest = family.units.reduce((a, b) => (b.tuning[i] > a.tuning[i] ? b : a));
		await expect(figure.locator('.bar-row.leading').first()).toHaveAttribute('data-unit', strongest.name);
		if (Math.abs(angleDifference(strongest.preferredAngle, step)) <= 30) near++;
	}
	// the target: at three quarters of the stops or more, the lead prefers an angle within 30° of the curve's
	expect(near / stops.length, `${near} of ${stops.length} stops led by a unit within 30°`).toBeGreaterThanOrEqual(0.75);
	await expect(figure.getByTestId('description')).toContainText(`Curve opening towards ${stops.at(-1)}°`);
});

test('a touch drag on the curve turns it', async ({ browser }) => {
	const context = await browser.newContext({ hasTouch: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const figure = await open(page);
	const dial = figure.getByRole('slider', { name: /Curve orientation/ });
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
	await context.close();
});

test('removing negative weights gives the tuning the analysis recorded, and the two edits differ', async ({ page }) => {
	const figure = await open(page);
	const edits = Object.fromEntries(atlas.echoes.map((e) => [e.name, e]));
	const probe = family.units.slice(0, 4);
	const seen: Record<string, number[]> = {};
	for (const [name, label] of [
		['opposite-negative', /from opposite curves off/],
		['all-negative', /all off/]
	] as const) {
		await figure.getByRole('radio', { name: label }).check();
		await expect(figure.getByTestId('rise-180')).not.toHaveText('—', { timeout: 20_000 });
		seen[name] = [];
		for (const [k, unit] of probe.entries()) {
			// at the angle opposite the unit's preferred one, where an echo would show
			const angle = (unit.preferredAngle + 180) % 360;
			await turnTo(figure, angle);
			const live = await barValue(figure, unit.unit);
			const i = atlas.curves.units.indexOf(unit);
			expect(
				close(live, edits[name].tuningAfter[i][family.angles.indexOf(angle)]),
				`${name}, ${unit.name} at ${angle}°`
			).toBe(true);
			seen[name][k] = live;
		}
	}
	expect(seen['opposite-negative']).not.toEqual(seen['all-negative']);
	await expect(figure.getByTestId('echo')).toContainText('rises at 180°');
});

test('picking a unit shows its weights from the early curves and its top scenes, as the analysis found them', async ({
	page
}) => {
	const figure = await openWhole(page);
	const unit = family.units[Math.floor(family.units.length / 2)];
	const bar = figure.locator(`.area-bars .bar-row[data-unit="${unit.name}"]`).first();
	await bar.focus();
	await page.keyboard.press('Enter');
	await expect(bar).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.get('family.unit')).toBe(String(unit.unit));
	const weights = figure.locator('.weights li');
	await expect(weights.first()).toBeVisible();
	const edges = atlas.curveCircuit.edges.filter((e) => e.target.unit === unit.unit);
	for (const li of await weights.all()) {
		const source = Number(await li.getAttribute('data-source'));
		const edge = edges.find((e) => e.source.unit === source)!;
		expect(close(Number(await li.getAttribute('data-live-sum')), edge.strength), `edge ${source} → ${unit.unit}`).toBe(
			true
		);
	}
	const expected = examples.layers[family.layer].units[unit.unit].map((e) => String(e.index));
	await expect(figure.locator('.examples li')).toHaveCount(expected.length);
	expect(
		await figure.locator('.examples li').evaluateAll((items) => items.map((li) => li.getAttribute('data-index')))
	).toEqual(expected);
});

test('a dataset example drawn again in the browser gives the activation the analysis recorded', async ({ page }) => {
	const figure = await openWhole(page, `?family.unit=${family.units[0].unit}`);
	const first = figure.locator('.examples li').first();
	await expect(first).toHaveAttribute('data-live-activation', /\d/, { timeout: 20_000 });
	expect(
		close(Number(await first.getAttribute('data-live-activation')), Number(await first.getAttribute('data-activation')))
	).toBe(true);
});

test('drawing a curve by hand makes a unit preferring that angle lead; undo and clear take it back', async ({
	page
}) => {
	test.setTimeout(120_000);
	const figure = await open(page);
	await figure.getByRole('radio', { name: 'draw your own' }).check();
	// the keyboard's way: place a preset curve, then check which unit leads
	await figure.getByRole('button', { name: '90°', exact: true }).click();
	await answeredNewest(figure.locator('.curve-widget'));
	await expect(figure.getByTestId('description')).toContainText('Your drawing');
	const presetLead = Number(await leaderAngle(figure));
	expect(
		Math.abs(angleDifference(presetLead, 90)),
		`a preset curve at 90° is led by a unit preferring ${presetLead}°`
	).toBeLessThanOrEqual(30);
	const blank = figure.getByRole('img', { name: /Drawing area/ });
	await figure.getByRole('button', { name: 'Clear' }).click();
	await expect(blank).toHaveAttribute('aria-label', /0 strokes drawn/);
	// the pointer's way: drag along an arc opening towards each unit's preferred angle, through the read cell
	const pad = figure.locator('.pad');
	const { shift } = centreCell(examples.layers[family.layer].mapSize);
	const cell = { x: 32 + shift.x, y: 32 - shift.y };
	const r = atlas.stimuli.curveRadius;
	const led: string[] = [];
	for (const [k, u] of family.units.entries()) {
		if (k > 0) {
			await figure.getByRole('button', { name: 'Undo' }).click();
			await expect(blank).toHaveAttribute('aria-label', /0 strokes drawn/);
		}
		await pad.scrollIntoViewIfNeeded();
		const box = (await pad.boundingBox())!;
		const px = box.width / 64;
		const a = (u.preferredAngle * Math.PI) / 180;
		const centre = { x: cell.x + r * Math.cos(a), y: cell.y - r * Math.sin(a) };
		const points = Array.from({ length: 13 }, (_, i) => {
			const phi = a + Math.PI + ((i - 6) / 6) * (17 / r);
			return { x: box.x + (centre.x + r * Math.cos(phi)) * px, y: box.y + (centre.y - r * Math.sin(phi)) * px };
		});
		await page.mouse.move(points[0].x, points[0].y);
		await page.mouse.down();
		for (const p of points.slice(1)) await page.mouse.move(p.x, p.y);
		await page.mouse.up();
		await expect(blank, `the stroke towards ${u.preferredAngle}°`).toHaveAttribute('aria-label', /1 stroke drawn/);
		await answeredNewest(figure.locator('.curve-widget'));
		await expect(figure.getByTestId('description')).toContainText('Your drawing');
		// the bars as the reader sees them: the unit answering most, or none where the family stays silent
		const bars = await figure
			.locator('.area-bars .bar-row')
			.evaluateAll((rows) =>
				rows.map((r) => ({ value: Number(r.getAttribute('data-value')), angle: Number(r.getAttribute('data-angle')) }))
			);
		const top = bars.reduce((a, b) => (b.value > a.value ? b : a));
		const near = Math.abs(angleDifference(top.angle, u.preferredAngle)) <= 30;
		led.push(
			top.value > 0 ? `${u.preferredAngle}° → ${top.angle}°${near ? ' ✓' : ''}` : `${u.preferredAngle}° → silent`
		);
	}
	// a hand-drawn stroke is thinner and shorter than the curves the family was chosen on:
	// most, not all, are read as drawn
	expect(
		led.filter((l) => l.endsWith('✓')).length,
		`drawn at → led by a unit preferring: ${led.join(', ')}`
	).toBeGreaterThanOrEqual(Math.ceil(family.units.length / 2));
	await expect(blank).toHaveAttribute('aria-label', /1 stroke drawn/);
	await figure.getByRole('button', { name: 'Undo' }).click();
	await expect(blank).toHaveAttribute('aria-label', /0 strokes drawn/);
});

test('the other papers, the radius and the hand-set family answer the same curve', async ({ page }) => {
	const figure = await open(page);
	await figure.getByRole('radio', { name: 'light on dark' }).check();
	await expect(figure.getByTestId('description')).toContainText('light on dark');
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-sweeping', 'false', { timeout: 20_000 });
	await figure.getByLabel('Curve radius in pixels').fill('20');
	await expect(figure.getByTestId('description')).toContainText('radius 20 px');
	await figure.getByRole('switch', { name: /Hand-set family/ }).check();
	await expect(figure.locator('.handset .bar-row')).toHaveCount(8);
	await expect.poll(async () => Number(await figure.locator('.handset .bar-row.leading').count())).toBe(1);
});

test('memory stays flat: 300 changes with the edits toggled leave the tensor count where it was', async ({ page }) => {
	// the hand-set figure just above shares the engine:
	// let it open its network first, so that only this figure's tensors are counted
	await openWidget(page, 'curve-detectors');
	const figure = page.locator('#figure-curve-family');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const tensors = () => engineTensors(page);
	// compile both edits once, then count
	for (const label of [/from opposite curves off/, /all off/, /in place/]) {
		await figure.getByRole('radio', { name: label }).check();
		await expect(figure.locator('.curve-widget')).toHaveAttribute('data-sweeping', 'false', { timeout: 20_000 });
	}
	const before = await settledTensors(page);
	const dial = figure.getByRole('slider', { name: /Curve orientation/ });
	for (let i = 0; i < 300; i++) {
		if (i % 100 === 50) await figure.getByRole('radio', { name: i % 200 === 50 ? /all off/ : /in place/ }).check();
		await dial.focus();
		await page.keyboard.press('ArrowUp');
	}
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-sweeping', 'false', { timeout: 20_000 });
	expect(await tensors()).toBe(before);
});

test('the trained widget has no serious accessibility violations, in light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const figure = await openWhole(page);
		await expect(figure.locator('.examples li')).not.toHaveCount(0);
		expect(await seriousViolations(page, '#figure-curve-family'), colorScheme).toEqual([]);
	}
});

test('without JavaScript the trained widget shows its default state from the atlas', async ({ browser }) => {
	await withoutJavaScript(browser, '/network/', async (page) => {
		const figure = page.locator('#figure-curve-family');
		await expect(figure.locator('path.curve')).toHaveCount(family.units.length);
		await expect(figure.locator('.area-bars .bar-row')).toHaveCount(family.units.length);
		await expect(figure.locator('.weights li').first()).toBeVisible();
		await expect(figure.locator('.static-note')).toBeVisible();
	});
});

test('the default state shows what the caption points at: the unit lit up prefers about the curve’s angle', async ({
	page
}) => {
	const shown = JSON.parse(readFileSync('src/lib/generated/shown.json', 'utf8'))['curve-family'].angle as number;
	const figure = await open(page);
	await expect(figure.locator('.curve-widget')).toHaveAttribute('data-rendered-angle', String(shown));
	await expect(figure.locator('.area-bars .bar-row.leading')).toHaveCount(1);
	const lead = Number(await leaderAngle(figure));
	expect(
		Math.abs(angleDifference(lead, shown)),
		`the curve opens towards ${shown}°; the unit that lights up prefers ${lead}°`
	).toBeLessThanOrEqual(30);
});
