// The unit pages as a researcher uses them: the address holds the picture's state, the keys step through
// a layer and a family, the index finds a unit however it is asked for, the examples go past the strongest,
// several pictures grow at once, and the picture, the data and an embed go with the reader.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openPage, watchPage, withoutJavaScript } from './helpers';
import { MODEL_DIR, MODEL_NAME } from '../src/lib/model/models';
import type { Atlas } from '../src/lib/atlas/schema';
import type { ExamplesFile } from '../src/lib/analysis/examples';
import type { GalleryFile } from '../src/lib/analysis/gallery';
import { sceneSeed } from '../src/lib/world/scenes';
import { viewsDir, type ViewsFile } from '../src/lib/analysis/views';
import { unitName } from '../src/lib/unit';

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const examples: ExamplesFile = JSON.parse(readFileSync(`${MODEL_DIR}/examples.json`, 'utf8'));
const poly = atlas.polysemantic.name.split(':');
const polyDepth = examples.layers[poly[0]].depth[Number(poly[1])];

test('a shared link opens the picture it was shared with, and what the reader changes goes into the address', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto(`/units/${poly[0]}/${poly[1]}/?sign=negative&objective=channel&seed=5`);
	await expect(page.locator('h1')).toHaveText(atlas.polysemantic.name);
	await expect(page.getByRole('radio', { name: 'what turns it off' })).toBeChecked();
	await expect(page.getByRole('radio', { name: 'its whole map' })).toBeChecked();
	await expect(page.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await page.getByRole('radio', { name: 'what excites it' }).check();
	await expect.poll(() => new URL(page.url()).searchParams.get('sign')).toBeNull();
	const params = new URL(page.url()).searchParams;
	expect([params.get('objective'), params.get('seed'), params.get('unit')]).toEqual(['channel', '5', null]);
	// the unit is the page's: there is no menu that would show another unit under this heading
	await expect(page.getByRole('combobox', { name: 'Unit' })).toHaveCount(0);
	watch.expectClean();
});

test('↑ and ↓ walk the layer, ← and → the family, keeping the picture’s settings', async ({ page }) => {
	const family = [...atlas.curves.units].sort((a, b) => a.preferredAngle - b.preferredAngle || a.unit - b.unit);
	const [first, second] = family;
	await openPage(page, `/units/${first.layer}/${first.unit}/?seed=7`);
	await page.locator('h1').click();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('h1')).toHaveText(unitName({ ...first, unit: first.unit + 1 }));
	expect(new URL(page.url()).searchParams.get('seed')).toBe('7');
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('h1')).toHaveText(first.name);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('h1')).toHaveText(second.name);
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('h1')).toHaveText(first.name);
	await expect(page.getByRole('link', { name: new RegExp(`${second.name} in the curve family`) })).toBeVisible();
});

test('the index finds a unit however asked for, keeps the question in the address; Enter opens a single match', async ({
	page
}) => {
	await openPage(page, '/units/');
	const search = page.getByRole('searchbox');
	const shown = () => page.locator('.units li a').allTextContents();
	for (const q of ['mixed3b 129', 'mixed3b:129', '3b:129']) {
		await search.fill(q);
		expect(await shown(), q).toEqual(['mixed3b:129']);
	}
	await expect(page.getByRole('status')).toContainText('One unit: mixed3b:129');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('3b:129');
	// only the units whose label holds: strong enough, and above the plain edge
	const { familyStrengths } = await import('../src/lib/analysis/labels');
	const highLow = [...familyStrengths(atlas, examples)].filter(([, s]) =>
		s.some((x) => x.family === 'high-low' && x.labelled)
	);
	for (const q of ['high low', 'high-low']) {
		await search.fill(q);
		expect((await shown()).sort(), q).toEqual(highLow.map(([name]) => name).sort());
	}
	await search.fill('polysemantic');
	expect(await shown()).toEqual([atlas.polysemantic.name]);
	await search.fill('dog');
	expect(await shown()).toEqual(expect.arrayContaining([atlas.heads.left.name, atlas.heads.right.name]));
	await search.fill('3b:129');
	await search.press('Enter');
	await expect(page.locator('h1')).toHaveText('mixed3b:129');
	await page.goBack();
	await expect(search).toHaveValue('3b:129');
});

// and what the strongest show: the make-up of their classes
test('the examples go past the strongest: the weakest redrawn and checked, a histogram over every scene', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto(`/units/${poly[0]}/${poly[1]}/`);
	const weakest = page.locator('.examples').filter({ hasText: 'least' });
	await expect(weakest.locator('li')).toHaveCount(polyDepth.weakest.length);
	// drawn again in the browser from their seeds, each answers as the analysis found (its maximum over the map)
	await expect(weakest.locator('li').last()).toHaveAttribute('data-live-activation', /\d/, { timeout: 60_000 });
	for (const [k, item] of (await weakest.locator('li').all()).entries()) {
		expect(Number(await item.getAttribute('data-live-activation')), `weakest scene ${k}`).toBeCloseTo(
			polyDepth.weakest[k].activation,
			2
		);
	}
	if (polyDepth.histogram.zero > polyDepth.weakest.length)
		await expect(weakest).toContainText(`${polyDepth.histogram.zero} of the ${examples.scenes} scenes leave it at 0`);
	const bars = page.locator('.histogram rect.bar');
	await expect(bars).toHaveCount(polyDepth.histogram.counts.length);
	const counts = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-count'))));
	expect(counts).toEqual(polyDepth.histogram.counts);
	expect(counts.reduce((a, b) => a + b)).toBe(examples.scenes);
	// where the shown scenes fall: one mark for each
	await expect(page.locator('.histogram .mark.strong')).toHaveCount(9);
	await expect(page.locator('.histogram .mark.weak')).toHaveCount(polyDepth.weakest.length);
	const makeUp = await page
		.locator('.make-up li')
		.evaluateAll((items) =>
			items.map((li) => ({ name: li.getAttribute('data-class'), count: Number(li.getAttribute('data-count')) }))
		);
	expect(makeUp).toEqual(polyDepth.classes);
	watch.expectClean();
});

test('several pictures grow at once from the address, and the picture and data download as valid PNG and JSON', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto(`/units/${poly[0]}/${poly[1]}/?pictures=3&steps=24`);
	const several = page.locator('.feature-vis .several li');
	await expect(page.locator('.feature-vis')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
	await expect(several).toHaveCount(3);
	for (const item of await several.all()) await expect(item).toHaveAttribute('data-activation', /\d/);
	expect(new URL(page.url()).searchParams.get('pictures')).toBe('3');

	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the picture (PNG)' }).click();
	const picture = readFileSync(await (await png).path());
	// the PNG signature, and its header: three 64-pixel pictures side by side
	expect([...picture.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	expect([picture.readUInt32BE(16), picture.readUInt32BE(20)]).toEqual([3 * 64, 64]);

	const json = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download its data (JSON)' }).click();
	const download = await json;
	expect(download.suggestedFilename()).toBe(`${examples.model}-${poly[0]}-${poly[1]}.json`);
	const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
	const best = examples.layers[poly[0]].units[Number(poly[1])];
	expect(data.unit).toBe(atlas.polysemantic.name);
	expect(data.strongest.map((e: { index: number; seed: number }) => [e.index, e.seed])).toEqual(
		best.map((e) => [e.index, sceneSeed(examples.split, e.index)])
	);
	expect(data.weakest.length).toBe(polyDepth.weakest.length);
	expect(data.histogram.counts).toEqual(polyDepth.histogram.counts);
	expect(data.inputs.length).toBe(8);
	expect(data.inputs[0].label).toMatch(/^mixed4a:\d+$/);
	expect(data.families.map((f: { label: string }) => f.label)).toContain('the most polysemantic unit');
	watch.expectClean();
});

test('a unit’s feature visualization embeds as it is set on its page', async ({ browser }) => {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	await page.goto(`/units/${poly[0]}/${poly[1]}/?sign=negative`);
	await expect(page.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await page.locator('.embed-this > summary').click();
	await page.getByRole('button', { name: 'Copy element' }).click();
	await expect
		.poll(() => page.evaluate(() => navigator.clipboard.readText()))
		.toContain(`<zoom-feature-vis unit="${atlas.polysemantic.name}" sign="negative">\n  <a href=`);
	await page.getByRole('button', { name: 'Copy iframe' }).click();
	const iframe = await page.evaluate(() => navigator.clipboard.readText());
	const src = /<iframe src="([^"]+)"/.exec(iframe)![1];
	const framed = await context.newPage();
	await framed.goto(src);
	await expect(framed.locator('.feature-vis')).toBeVisible();
	await expect(framed.getByRole('radio', { name: 'what turns it off' })).toBeChecked();
	await expect(framed.getByTestId('description')).toContainText(atlas.polysemantic.name);
	await context.close();
});

test('each strongest weight shows what excites the unit at its other end: its picture, or best scene redrawn', async ({
	page
}) => {
	await page.goto(`/units/${poly[0]}/${poly[1]}/`);
	const inputs = page.locator('section[aria-labelledby="inputs-title"] li');
	await expect(inputs).toHaveCount(8, { timeout: 30_000 });
	await expect(inputs.locator('.picture:not(.pending)')).toHaveCount(8, { timeout: 60_000 });
	for (const item of await inputs.all()) {
		const [layer, unit] = (await item.getAttribute('data-edge'))!.split(':');
		const scene = item.locator('[data-scene]');
		// drawn from the other unit's own strongest held-out scene
		if (await scene.count())
			expect(Number(await scene.getAttribute('data-scene'))).toBe(examples.layers[layer].units[Number(unit)][0].index);
		// a unit of a mixed block: its view that excites it at the centre, as every unit has
		else
			await expect(item.locator('img.picture')).toHaveAttribute(
				'src',
				`/units/${layer}/${unit}/views/neuron-positive.png`
			);
	}
});

test('without JavaScript, each unit shows its four views grown at build time, a pictured unit its pictures', async ({
	browser
}) => {
	const views: ViewsFile = JSON.parse(readFileSync(`${viewsDir(MODEL_NAME)}/views.json`, 'utf8'));
	const [layer, l] = Object.entries(views.layers).at(-1)!;
	const last = l.units - 1;
	await withoutJavaScript(browser, `/units/${layer}/${last}/`, async (page) => {
		const four = page.getByRole('group', { name: /^Four views of/ }).locator('li');
		await expect(four).toHaveCount(4);
		await expect(four.first().locator('img')).toHaveAttribute(
			'alt',
			`${unitName({ layer, unit: last })}: the picture that excites the unit at the centre`
		);
		// each labelled with the activation the views record for it, and served at the size it was grown at
		for (const [k, key] of (
			['neuron-positive', 'channel-positive', 'neuron-negative', 'channel-negative'] as const
		).entries()) {
			await expect(four.nth(k)).toContainText(`activation ${l.activation[key][last].toFixed(2)}`);
			const img = four.nth(k).locator('img');
			await img.scrollIntoViewIfNeeded();
			expect(await img.evaluate((el: HTMLImageElement) => new URL(el.src).pathname)).toBe(
				`/units/${layer}/${last}/views/${key}.png`
			);
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(views.size);
		}
		await expect(page.getByRole('group', { name: /^Several at once/ })).toHaveCount(0);
	});
	await withoutJavaScript(browser, `/units/${poly[0]}/${poly[1]}/`, async (page) => {
		await expect(page.getByRole('group', { name: /^Four views of/ }).locator('img')).toHaveCount(4);
		const several = page.getByRole('group', { name: /^Several at once, pushed apart/ }).locator('img');
		await expect(several).toHaveCount(4);
		for (const img of await several.all()) {
			await img.scrollIntoViewIfNeeded();
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64);
		}
	});
	// a curve unit shows its stroke of ink, with the activation the gallery recorded for it
	const curve = atlas.curves.units[0];
	const gallery: GalleryFile = JSON.parse(readFileSync(`${MODEL_DIR}/gallery.json`, 'utf8'));
	const stroke = gallery.entries.find((e) => e.name === curve.name)!.stroke!;
	await withoutJavaScript(browser, `/units/${curve.layer}/${curve.unit}/`, async (page) => {
		const one = page.getByRole('group', { name: /^Drawn as one stroke of ink/ }).locator('li');
		await expect(one).toHaveCount(1);
		await expect(one).toContainText(`activation ${stroke.activation.toFixed(2)}`);
		const img = one.locator('img');
		await expect(img).toHaveAttribute('alt', `${curve.name}: the stroke of ink that excites it most`);
		await img.scrollIntoViewIfNeeded();
		await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(64);
	});
	await withoutJavaScript(browser, `/units/${layer}/${last}/`, async (page) => {
		await expect(page.getByRole('group', { name: /^Drawn as one stroke/ })).toHaveCount(0);
	});
	// and the index shows each unit beside its name
	await withoutJavaScript(browser, '/units/', async (page) => {
		const total = Object.values(views.layers).reduce((n, x) => n + x.units, 0);
		await expect(page.locator('.units li img')).toHaveCount(total);
		const img = page
			.locator('.units li', { has: page.getByRole('link', { name: unitName({ layer, unit: last }), exact: true }) })
			.locator('img');
		expect(await img.evaluate((el: HTMLImageElement) => new URL(el.src).pathname)).toBe(
			`/units/${layer}/${last}/views/neuron-positive.png`
		);
	});
});

test('a label says how strong it is, a weak one says so, and a unit that never fires shows no zeros as its best', async ({
	page
}) => {
	const { familyStrengths, LABEL_SHARE, neverFires } = await import('../src/lib/analysis/labels');
	const strengths = familyStrengths(atlas, examples);
	const share = (name: string) => strengths.get(name)!.find((s) => s.family === 'curve')!.share;
	const strong = atlas.curves.units.find((u) => share(u.name) >= LABEL_SHARE)!;
	await page.goto(`/units/${strong.layer}/${strong.unit}/`);
	await expect(page.locator('.what')).toContainText(
		`curve detector, prefers curves opening towards ${strong.preferredAngle}° (its best curve: ${share(strong.name).toFixed(2)} of its best held-out scene)`
	);
	const weak = atlas.curves.units.find((u) => share(u.name) < LABEL_SHARE);
	if (weak) {
		await page.goto(`/units/${weak.layer}/${weak.unit}/`);
		await expect(page.locator('.what')).toContainText(
			`in the curve family by its tuning (curves opening towards ${weak.preferredAngle}°), but weak`
		);
		await expect(page.locator('.what')).not.toContainText('curve detector, prefers');
	}
	const silent = Object.entries(examples.layers)
		.flatMap(([layer, l]) => l.units.map((_, unit) => ({ layer, unit })))
		.find((u) => neverFires(examples, u))!;
	await openPage(page, `/units/${silent.layer}/${silent.unit}/`);
	await expect(page.locator('.what')).toContainText('never fires');
	await expect(page.locator('[data-never-fires]')).toContainText(
		`stays at 0 on every one of the ${examples.scenes.toLocaleString('en-GB')} held-out scenes`
	);
	await expect(page.locator('section.examples')).toHaveCount(0);
});
