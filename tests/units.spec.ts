// The unit pages as a researcher uses them: the address holds the picture's state, the keys step through
// a layer and a family, and the index finds a unit however it is asked for.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { watchPage } from './helpers';
import { MODEL_DIR } from '../src/lib/model/models';
import type { Atlas } from '../src/lib/analysis/atlas';

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const poly = atlas.polysemantic.name.split(':');

test('a shared link opens the picture it was shared with, and what the reader changes goes back into the address', async ({ page }) => {
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

test('↑ and ↓ step to the neighbouring units of the layer, ← and → along the family by angle, keeping the picture’s settings', async ({ page }) => {
	const family = [...atlas.curves.units].sort((a, b) => a.preferredAngle - b.preferredAngle || a.unit - b.unit);
	const [first, second] = family;
	await page.goto(`/units/${first.layer}/${first.unit}/?seed=7`);
	await page.locator('h1').click();
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('h1')).toHaveText(`${first.layer}:${first.unit + 1}`);
	expect(new URL(page.url()).searchParams.get('seed')).toBe('7');
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('h1')).toHaveText(first.name);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('h1')).toHaveText(second.name);
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('h1')).toHaveText(first.name);
	await expect(page.getByRole('link', { name: new RegExp(`${second.name} in the curve family`) })).toBeVisible();
});

test('the index finds a unit however it is asked for, keeps the question in the address, and Enter opens a single match', async ({ page }) => {
	await page.goto('/units/');
	const search = page.getByRole('searchbox');
	const shown = () => page.locator('.units li a').allTextContents();
	for (const q of ['mixed3b 129', 'mixed3b:129', '3b:129']) {
		await search.fill(q);
		expect(await shown(), q).toEqual(['mixed3b:129']);
	}
	await expect(page.getByRole('status')).toContainText('One unit: mixed3b:129');
	await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('3b:129');
	for (const q of ['high low', 'high-low']) {
		await search.fill(q);
		expect((await shown()).length, q).toBe(atlas.highLow.units.length);
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
