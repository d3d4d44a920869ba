import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openPage, openWidget, seriousViolations, watchPage, withoutJavaScript } from './helpers';
import { MODEL_DIR } from '../src/lib/model/models';
import { VIS_DEFAULTS } from '../src/lib/model/featurevis';
import type { Atlas } from '../src/lib/atlas/schema';
import type { ExamplesFile } from '../src/lib/analysis/examples';
import { unitName } from '../src/lib/unit';

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const examples: ExamplesFile = JSON.parse(readFileSync(`${MODEL_DIR}/examples.json`, 'utf8'));
const strongest = atlas.curves.units.reduce((a, b) => (b.peak > a.peak ? b : a));

test('feature visualization grows a picture that excites the unit beyond its best held-out scene, and pauses', async ({
	page
}) => {
	test.setTimeout(120_000);
	const watch = watchPage(page);
	const figure = await openWidget(page, 'feature-vis', '', '/network/');
	const widget = figure.locator('.feature-vis');
	await figure.getByRole('button', { name: 'Run' }).click();
	await expect(widget).toHaveAttribute('data-status', 'running');
	await expect
		.poll(async () => Number(await widget.getAttribute('data-steps')), { timeout: 30_000 })
		.toBeGreaterThan(8);
	await figure.getByRole('button', { name: 'Pause' }).click();
	// 'paused' once the engine holds the run still, the step under way when the reader paused included; then
	// nothing more comes
	await expect(widget).toHaveAttribute('data-status', 'paused');
	const paused = Number(await widget.getAttribute('data-steps'));
	await page.waitForTimeout(500);
	expect(Number(await widget.getAttribute('data-steps'))).toBe(paused);
	await figure.getByRole('button', { name: 'Resume' }).click();
	await expect(widget).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
	const best = examples.layers[strongest.layer].units[strongest.unit][0].activation;
	expect(Number(await widget.getAttribute('data-objective'))).toBeGreaterThan(best);
	await expect(figure.getByTestId('description')).toContainText(`${strongest.name}, what excites it: step 256 of 256`);
	watch.expectClean();
});

test('feature visualization climbs on every backend: its gradients run on wasm, plain JavaScript and WebGL', async ({
	page
}) => {
	test.setTimeout(120_000);
	for (const backend of ['wasm', 'cpu', 'webgl']) {
		await page.goto(`/embed/feature-vis/?backend=${backend}&steps=24`);
		await expect(page.locator('.gate')).toHaveAttribute('data-backend', backend, { timeout: 30_000 });
		const widget = page.locator('.feature-vis');
		await page.getByRole('button', { name: 'Run' }).click();
		await expect(widget, backend).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
		const climb = await page.locator('.climb').getAttribute('d');
		// the objective at the last step stands above the first: y falls as the activation rises
		const ys = [...(climb ?? '').matchAll(/[ML][\d.]+,([\d.-]+)/g)].map((m) => Number(m[1]));
		expect(ys.length, backend).toBe(24);
		expect(ys.at(-1)!, backend).toBeLessThan(ys[0]);
	}
});

test('drawn as one stroke: the built stroke shows before a run; a run grows a grey stroke raising the unit', async ({
	page
}) => {
	test.setTimeout(120_000);
	const figure = await openWidget(page, 'feature-vis', '', '/network/');
	const built = figure.locator('img.built');
	const waves = await built.getAttribute('src');
	await figure.getByRole('radio', { name: 'one stroke of ink' }).click();
	await expect(built).toHaveAttribute('alt', /stroke of ink that excites/);
	expect(await built.getAttribute('src')).not.toBe(waves);
	// several pictures at once are for waves only
	await expect(figure.getByRole('slider', { name: 'How many pictures grow at once' })).toHaveCount(0);

	await page.goto('/embed/feature-vis/?draw=stroke&steps=48');
	await expect(page.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	const widget = page.locator('.feature-vis');
	await page.getByRole('button', { name: 'Run' }).click();
	await expect(widget).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
	await expect(page.getByTestId('description')).toContainText('drawn as one stroke of ink: step 48 of 48');
	// the objective climbs: its last eight steps stand above its first eight
	// (y falls as it rises; each step is shaken, so single steps are noisy)
	const ys = [...((await page.locator('.climb').getAttribute('d')) ?? '').matchAll(/[ML][\d.]+,([\d.-]+)/g)].map((m) =>
		Number(m[1])
	);
	const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
	expect(ys).toHaveLength(48);
	expect(mean(ys.slice(-8))).toBeLessThan(mean(ys.slice(0, 8)) - 2);
	const rgba = await widget
		.locator('.picture canvas')
		.evaluate((c: HTMLCanvasElement) => Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data));
	const pixels = rgba.length / 4;
	let coloured = 0;
	let inked = 0;
	for (let p = 0; p < pixels; p++) {
		const [r, g, b] = rgba.slice(4 * p, 4 * p + 3);
		if (Math.max(r, g, b) - Math.min(r, g, b) > 2) coloured++;
		if (r < 128) inked++;
	}
	expect(coloured, 'pixels with colour in them').toBe(0);
	// one stroke: about its width times its length of ink (2.5 × 34 px of 64 × 64), not a blank page and not a flood
	expect(inked / pixels).toBeGreaterThan(0.01);
	expect(inked / pixels).toBeLessThan(0.06);
});

test('a unit page runs its feature visualization and redraws its dataset examples, checking the activations', async ({
	page
}) => {
	test.setTimeout(120_000);
	const unit = atlas.heads.left;
	await page.goto(`/units/${unit.layer}/${unit.unit}/`);
	await expect(page.locator('h1')).toHaveText(unit.name);
	await expect(page.locator('.what')).toContainText('left-facing dog-head unit');
	// what its best scenes show, counted from their indices (a scene's class follows from its index)
	const shown = examples.layers[unit.layer].units[unit.unit].filter((e) => e.activation > 0).length;
	await expect(page.locator('.what')).toContainText(`Of the ${shown} held-out scenes that excite it most`);
	await expect(page.locator('.feature-vis')).toHaveAttribute('data-status', /running|done/, { timeout: 30_000 });
	const first = page.locator('.examples li').first();
	await expect(first).toHaveAttribute('data-live-activation', /\d/, { timeout: 30_000 });
	const live = Number(await first.getAttribute('data-live-activation'));
	const recorded = examples.layers[unit.layer].units[unit.unit][0].activation;
	expect(Math.abs(live - recorded)).toBeLessThanOrEqual(Math.max(1e-4, 1e-3 * recorded));
	await expect(page.locator('[data-edge]').first()).toBeVisible({ timeout: 30_000 });
	// neighbours by keyboard: the next unit's link
	await page.getByRole('link', { name: `↓ ${unitName({ ...unit, unit: unit.unit + 1 })}` }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('h1')).toHaveText(unitName({ ...unit, unit: unit.unit + 1 }));
});

test('the units index lists every unit and finds one by name or by what it is', async ({ page }) => {
	await openPage(page, '/units/');
	const counts = Object.values(examples.layers).reduce((n, l) => n + l.units.length, 0);
	await expect(page.locator('main li')).toHaveCount(counts);
	// the curve family's members whose label holds (their best curve is a fair share of their best scene)
	const { familyStrengths } = await import('../src/lib/analysis/labels');
	const strengths = familyStrengths(atlas, examples);
	const named = atlas.curves.units.filter((u) =>
		strengths.get(u.name)!.some((s) => s.family === 'curve' && s.labelled)
	);
	await page.getByLabel(/Find a unit/).fill('curve detector, prefers');
	await expect(page.locator('main li')).toHaveCount(named.length);
	await page.getByLabel(/Find a unit/).fill(atlas.polysemantic.name);
	await expect(page.locator('main li').first()).toContainText('most polysemantic');
});

test('every unit named in the static figures of the network’s page links to a page that exists', async ({
	page,
	request
}) => {
	await page.goto('/network/');
	const links = await page
		.locator('.article-body a.unit-link')
		.evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
	expect(links.length).toBeGreaterThan(atlas.curves.units.length);
	for (const href of links) expect((await request.get(href)).status(), href).toBe(200);
	for (const name of [atlas.heads.left.name, atlas.polysemantic.name, atlas.curves.units[0].name])
		// the first of its links that shows (a family one layer choice away is hidden until chosen)
		await expect(page.locator(`.article-body a.unit-link:visible:has-text("${name}")`).first()).toBeVisible();
});

test('a unit page has no serious accessibility violations and reads without JavaScript', async ({ page, browser }) => {
	const unit = atlas.curves.units[0];
	await page.goto(`/units/${unit.layer}/${unit.unit}/`);
	await expect(page.locator('.examples li').first()).toHaveAttribute('data-live-activation', /\d/, { timeout: 30_000 });
	expect(await seriousViolations(page)).toEqual([]);
	await withoutJavaScript(browser, `/units/${unit.layer}/${unit.unit}/`, async (still) => {
		await expect(still.locator('h1')).toHaveText(unit.name);
		await expect(still.locator('.mini svg').first()).toBeVisible();
		await expect(still.locator('.static-note')).toBeVisible();
	});
});

// the widget shows its unit’s built picture before a run too
test('the curve family’s feature visualizations stand in order of preferred angle, with JavaScript off too', async ({
	page,
	browser
}) => {
	await page.goto('/network/#figure-curve-feature-vis');
	const items = page.locator('#figure-curve-feature-vis li');
	await expect(items).toHaveCount(atlas.curves.units.length);
	const angles = await items
		.locator('.detail', { hasText: 'prefers' })
		.evaluateAll((spans) => spans.map((s) => Number(/prefers (\d+)°/.exec(s.textContent ?? '')![1])));
	expect(angles).toEqual([...atlas.curves.units.map((u) => u.preferredAngle)].sort((a, b) => a - b));
	const widths = await items.locator('img').evaluateAll(async (imgs) => {
		await Promise.all(
			(imgs as HTMLImageElement[]).map((i) => (i.complete ? null : new Promise((r) => (i.onload = i.onerror = r))))
		);
		return (imgs as HTMLImageElement[]).map((i) => i.naturalWidth);
	});
	// each unit's stroke of ink and its waves of colour
	expect(widths).toEqual(atlas.curves.units.flatMap(() => [64, 64]));
	for (const scheme of ['light', 'dark'] as const) {
		await withoutJavaScript(
			browser,
			'/network/#figure-feature-vis',
			async (still) => {
				const built = still.locator('#figure-feature-vis img.built');
				await expect(built).toBeVisible();
				expect(await built.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
				await expect(still.locator('#figure-feature-vis .built-note')).toContainText(`${VIS_DEFAULTS.steps} steps`);
				const overflow = await still
					.locator('#figure-feature-vis .feature-vis')
					.evaluate((el) => el.scrollWidth - el.clientWidth);
				expect(overflow, `the widget fits a 390 px phone (${scheme})`).toBeLessThanOrEqual(0);
			},
			{ viewport: { width: 390, height: 844 }, colorScheme: scheme }
		);
	}
});

// whether they show their curves is measured by the arc each one matches
test('the gallery shows each curve unit as one stroke and as waves, and says whether they show their curves', async ({
	page
}) => {
	const { readGallery, galleryImage } = await import('../src/lib/analysis/gallery');
	const { arcAgrees, arcAngle, arcTemplates } = await import('../src/lib/analysis/arc');
	const { centreCell } = await import('../src/lib/measure/probe');
	const { MODEL_NAME } = await import('../src/lib/model/models');
	const gallery = readGallery(MODEL_NAME)!;
	const templates = arcTemplates(
		atlas.curves.angles,
		atlas.stimuli.curveRadius,
		centreCell(examples.layers[atlas.curves.layer].mapSize).shift
	);
	const n = atlas.curves.units.length;
	const agreeing = (picture: (e: (typeof gallery.entries)[number]) => { pixels: string }) =>
		atlas.curves.units.filter((u) =>
			arcAgrees(
				arcAngle(
					galleryImage(picture(gallery.entries.find((e) => e.name === u.name)!)),
					atlas.curves.angles,
					templates
				),
				u.preferredAngle
			)
		).length;
	const waves = agreeing((e) => e);
	const strokes = agreeing((e) => e.stroke!);
	await page.goto('/network/');
	const figure = page.locator('#figure-curve-feature-vis');
	const caption = figure.locator('> figcaption');
	// every curve unit shows its stroke first, then its waves, each with the arc the template found in it
	await expect(figure.locator('li')).toHaveCount(n);
	for (const li of await figure.locator('li').all()) await expect(li.locator('img')).toHaveCount(2);
	await expect(figure.locator('li img:first-child')).toHaveCount(n);
	expect(
		await figure.locator('li img:first-child').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('data-kind')))
	).toEqual(Array(n).fill('stroke'));
	await figure.scrollIntoViewIfNeeded();
	for (const img of await figure.locator('img').all()) {
		await img.scrollIntoViewIfNeeded();
		await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(64);
	}
	if (strokes >= Math.ceil(0.75 * n)) {
		await expect(caption).toContainText(`In ${strokes} of the ${n} the stroke opens that way`);
		await expect(caption).toContainText(`an arc within 45° in ${waves} of ${n}`);
	} else if (waves >= Math.ceil(0.75 * n))
		await expect(caption).toContainText(`In ${waves} of the ${n} the arc matches`);
	else if (2 * Math.max(strokes, waves) > n) {
		await expect(caption).toContainText('Often you can');
		await expect(caption).toContainText(`angle in ${Math.max(strokes, waves)} of ${n}.`);
	} else {
		await expect(caption).toContainText('Mostly you cannot');
		await expect(caption).toContainText(`in only ${Math.max(strokes, waves)} of ${n}`);
	}
});
