import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
	answeredNewest,
	engineTensors,
	openWidget,
	seriousViolations,
	settledTensors,
	watchPage,
	withoutJavaScript
} from './helpers';
import { MODEL_DIR } from '../src/lib/model/models';
import type { Atlas } from '../src/lib/atlas/schema';
import { preferenceText } from '../src/lib/measure/preference';

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const h = atlas.heads;
const close = (actual: number, expected: number) =>
	Math.abs(actual - expected) <= Math.max(1e-4, 1e-3 * Math.abs(expected));
const open = (page: Page, query = '') => openWidget(page, 'dog-circuit', query);

/** The live value of a node of the circuit (its data-value), once the widget shows `key`. */
async function node(figure: Locator, id: string) {
	await answeredNewest(figure.locator('.dog-circuit'));
	return Number(await figure.locator(`.wide [data-node="${id}"]`).getAttribute('data-value'));
}

test('on the atlas’s first head the live circuit gives the activations the analysis read', async ({ page }) => {
	const watch = watchPage(page);
	const figure = await open(page);
	for (const facing of ['right', 'left'] as const) {
		if (facing === 'left') await figure.getByRole('button', { name: 'Turn the head' }).click();
		const expected = h.example[facing];
		for (const [id, value] of [
			['left', expected.left],
			['right', expected.right],
			['union', expected.union],
			['dog', expected.dog]
		] as const)
			expect(close(await node(figure, id), value), `${id}, head facing ${facing}`).toBe(true);
	}
	watch.expectClean();
});

test('turning the head moves activation from one pathway to the other, and says so', async ({ page }) => {
	const figure = await open(page);
	const right = { left: await node(figure, 'left'), right: await node(figure, 'right') };
	await figure.getByRole('button', { name: 'Turn the head' }).click();
	await expect(figure.getByTestId('description')).toContainText('after turning the head');
	const left = { left: await node(figure, 'left'), right: await node(figure, 'right') };
	expect(left.left).toBeGreaterThan(right.left);
	expect(left.right).toBeLessThan(right.right);
	await expect(figure.getByTestId('description')).toContainText(`Left-facing head unit ${h.left.name}`);
});

test('an edge cut by keyboard changes only what it feeds, and restores', async ({ page }) => {
	const figure = await open(page);
	// an edge from a source that fires for this head, so that cutting it changes what it feeds
	const active = async (id: string) => (await node(figure, `s${id.split('-')[0]}`)) > 0.05;
	const ids = await figure
		.locator('.wide g.edge')
		.evaluateAll((edges) => edges.map((e) => e.getAttribute('data-edge')!));
	let id = '';
	for (const candidate of ids)
		if (await active(candidate)) {
			id = candidate;
			break;
		}
	const edge = figure.locator(`.wide g.edge[data-edge="${id}"]`);
	const target = Number(id.split('-')[1]) === h.left.unit ? 'left' : 'right';
	const other = target === 'left' ? 'right' : 'left';
	const before = { target: await node(figure, target), other: await node(figure, other) };
	await edge.focus();
	await page.keyboard.press('Enter');
	await expect(edge).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.get('dog.cut')).toBe(id);
	const after = { target: await node(figure, target), other: await node(figure, other) };
	expect(after.other).toBe(before.other);
	expect(after.target).not.toBe(before.target);
	await page.keyboard.press(' ');
	await expect(edge).toHaveAttribute('aria-pressed', 'false');
	expect(await node(figure, target)).toBe(before.target);
});

test('over every held-out head the live measure equals the atlas, intact and with the inhibition cut', async ({
	page
}) => {
	test.setTimeout(120_000);
	const figure = await open(page);
	const measure = async () => {
		await figure.getByRole('button', { name: 'Measure now' }).click();
		await expect(figure.getByTestId('measured')).toBeVisible({ timeout: 60_000 });
		return figure.locator('.numbers').allInnerTexts();
	};
	const intact = await measure();
	await figure.getByRole('switch', { name: /Inhibition between the pathways/ }).uncheck();
	await expect(figure.getByTestId('description')).toContainText('after cutting the inhibition');
	const cut = await measure();
	expect(cut.join(' ')).not.toEqual(intact.join(' '));
	// the live figures are the atlas's, printed the same way as the static figure prints them
	expect(intact[0]).toContain(`with the cuts: ${preferenceText(h.left.leftRight)}`);
	expect(intact[1]).toContain(`with the cuts: ${preferenceText(h.right.leftRight)}`);
	expect(cut[0]).toContain(`with the cuts: ${preferenceText(h.afterCut.left.leftRight)}`);
	expect(cut[1]).toContain(`with the cuts: ${preferenceText(h.afterCut.right.leftRight)}`);
});

test('turning, chimera and the inhibition switch work by touch on a phone; the page does not scroll sideways', async ({
	browser
}) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const figure = await open(page);
	await figure.getByRole('button', { name: 'Turn the head' }).tap();
	await expect(figure.getByTestId('description')).toContainText('after turning the head');
	await figure.getByRole('switch', { name: /Chimera/ }).tap();
	await expect(figure.getByTestId('description')).toContainText('after making it a chimera');
	await expect(figure.locator('.narrow')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
	await context.close();
});

test('memory stays flat over 300 changes of head, facing and cuts', async ({ page }) => {
	const figure = await open(page);
	const tensors = () => engineTensors(page);
	await figure.getByRole('switch', { name: /Inhibition between the pathways/ }).uncheck();
	await figure.getByRole('switch', { name: /Inhibition between the pathways/ }).check();
	await expect(figure.getByTestId('description')).toContainText('restoring the inhibition');
	const before = await settledTensors(page);
	const turn = figure.getByRole('button', { name: 'Turn the head' });
	for (let i = 0; i < 300; i++) {
		if (i % 50 === 25) await figure.getByRole('button', { name: 'Another dog' }).click();
		else await turn.click();
	}
	await answeredNewest(figure.locator('.dog-circuit'));
	expect(await tensors()).toBe(before);
});

test('the dog-circuit widget has no serious accessibility violations, and reads without JavaScript', async ({
	page,
	browser
}) => {
	await open(page);
	expect(await seriousViolations(page, '#figure-dog-circuit')).toEqual([]);
	await withoutJavaScript(browser, '/', async (still) => {
		const figure = still.locator('#figure-dog-circuit');
		await expect(figure.locator('.wide [data-node="left"] .value')).toHaveText(h.example.right.left.toFixed(2));
		await expect(figure.locator('img')).toBeVisible();
	});
});

test('on a phone every edge can be cut by a tap on a target of 24 px or more, and no label runs into another', async ({
	browser
}) => {
	const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const figure = await open(page);
	const list = figure.locator('.edge-list');
	await list.locator('summary').tap();
	const buttons = list.getByRole('button');
	// one button for every edge the drawing lets you cut
	expect(await buttons.count()).toBe(await figure.locator('.narrow g.edge').count());
	expect(await buttons.count()).toBeGreaterThan(0);
	for (const box of await buttons.evaluateAll((bs) =>
		bs.map((b) => b.getBoundingClientRect()).map((r) => ({ w: r.width, h: r.height }))
	)) {
		expect(box.h).toBeGreaterThanOrEqual(24);
		expect(box.w).toBeGreaterThanOrEqual(24);
	}
	const first = buttons.first();
	const id = (await first.getAttribute('data-edge'))!;
	await first.tap();
	await expect(first).toHaveAttribute('aria-pressed', 'true');
	await expect(figure.locator(`.narrow g.edge[data-edge="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => new URL(page.url()).searchParams.get('dog.cut')).toBe(id);
	// the drawing's labels: a unit's name never touches its value
	for (const g of await figure.locator('.narrow g.node').all()) {
		const [name, value] = await Promise.all([
			g.locator('text.name').boundingBox(),
			g.locator('text.value').boundingBox()
		]);
		if (name && value && value.width > 0)
			expect(name.x + name.width, `${await g.getAttribute('data-node')}: name and value`).toBeLessThan(value.x);
	}
	// the axis of the measure over every head: no two labels overlap
	const labels = await figure.locator('.axis span').evaluateAll((spans) =>
		spans
			.filter((s) => getComputedStyle(s).display !== 'none')
			.map((s) => ({
				text: s.textContent,
				top: s.getBoundingClientRect().top,
				left: s.getBoundingClientRect().left,
				right: s.getBoundingClientRect().right
			}))
	);
	for (const a of labels)
		for (const b of labels)
			if (a !== b && Math.abs(a.top - b.top) < 4 && a.left < b.left)
				expect(a.right, `“${a.text}” and “${b.text}”`).toBeLessThanOrEqual(b.left);
	await context.close();
});
