// The article read as one story: the author's notes are most of what a reader reads, each figure makes one
// claim in a short caption, the page is not endless, and the trained network's evidence is one link away.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, withoutJavaScript } from './helpers';

/** Figures of the main article that run the network trained for this page. */
const TRAINED = ['curve-family', 'high-low', 'dog-circuit'];
/** What left the article for /network/: the trained network's evidence. */
const ON_NETWORK_PAGE = [
	'figure-the-network',
	'figure-curve-census',
	'figure-families-by-layer',
	'figure-trained-curves',
	'figure-curve-feature-vis',
	'figure-feature-vis',
	'figure-seven-arguments',
	'figure-trained-heads',
	'figure-trained-polysemantic',
	'figure-universality'
];

const MEASURES = {
	authorShare: 0.35,
	captionWords: 60,
	height: { 1280: 15_500, 390: 26_000 }
} as const;

/**
 * Words of the main article's visible text, and of the author's part of it
 * (everything but the editor's figures and notes).
 */
async function wordCounts(page: Page) {
	return page.evaluate(() => {
		const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
		const body = document.querySelector<HTMLElement>('.article-body')!;
		const all = words(body.innerText);
		const editors = [...body.querySelectorAll<HTMLElement>('figure, .aside, .verdict')];
		const display = editors.map((e) => e.style.display);
		editors.forEach((e) => (e.style.display = 'none'));
		const author = words(body.innerText);
		editors.forEach((e, i) => (e.style.display = display[i]));
		return { all, author };
	});
}

for (const width of [1280, 390] as const) {
	const title =
		`at ${width} px the author’s words are at least ${MEASURES.authorShare * 100}% of the article ` +
		`and the page is at most ${MEASURES.height[width]} px tall`;
	test(title, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto('/');
		// every figure live, at the height a reader sees once they have scrolled past it
		for (const gate of await page.locator('.article-body .gate').all()) {
			await gate.scrollIntoViewIfNeeded();
			await expect(gate).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		}
		const { all, author } = await wordCounts(page);
		expect(author / all, `${author} of ${all} words are the author’s`).toBeGreaterThanOrEqual(MEASURES.authorShare);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		expect(height).toBeLessThanOrEqual(MEASURES.height[width]);
	});
}

test('every figure opens its caption with what to look at, in at most 60 words, signed as the editor’s', async ({
	page
}) => {
	await page.goto('/');
	const figures = page.locator('.article-body figure.figure');
	expect(await figures.count()).toBeGreaterThanOrEqual(8);
	for (const figure of await figures.all()) {
		const id = await figure.getAttribute('id');
		const caption = (await figure.locator(':scope > figcaption .figure-caption').innerText()).trim();
		expect(caption, id!).toMatch(/^What to look at: /);
		expect(caption.split(/\s+/).length, `${id}: ${caption}`).toBeLessThanOrEqual(MEASURES.captionWords);
		await expect(figure.locator(':scope > figcaption .figure-by')).toHaveText('Added by the editor.');
	}
	// the editor's prose is signed too, and the byline says who added what
	for (const note of await page.locator('.article-body .aside').all())
		await expect(note.locator('.aside-title .editor-label')).toHaveText('Editor’s note');
	await expect(page.locator('.byline')).toContainText('added by the editor');
});

test('each trained-network figure says in one editor’s sentence what it shows, and links to /network/', async ({
	page
}) => {
	await page.goto('/');
	const sections = new Set<string>();
	for (const slug of TRAINED) {
		const note = page.locator(`#figure-${slug} + .verdict`);
		await expect(note, slug).toHaveCount(1);
		await expect(note.locator('.sentence').first()).toHaveAttribute(
			'data-agreement',
			/^(as-in-the-paper|unlike-the-paper)$/
		);
		const link = note.getByRole('link', { name: 'How this was measured →' });
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/\/network\/#[a-z-]+$/);
		sections.add(href.split('#')[1]);
	}
	await page.goto('/network/');
	for (const id of sections) await expect(page.locator(`[id="${id}"]`), `/network/#${id}`).toHaveCount(1);
	for (const id of ON_NETWORK_PAGE) await expect(page.locator(`[id="${id}"]`), `/network/ holds ${id}`).toHaveCount(1);
});

test('curve families layer by layer read without JavaScript: every row measured, the pick named, chance beside', async ({
	browser
}) => {
	const { REPLICATION_FILE, UNIVERSALITY_FILE } = await import('../src/lib/model/models');
	const replication = JSON.parse(readFileSync(REPLICATION_FILE, 'utf8'));
	const universality = JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8'));
	await withoutJavaScript(browser, '/network/', async (page) => {
		const figure = page.locator('#figure-curve-census');
		await expect(figure.locator('figcaption .figure-caption')).toContainText(/^What to look at: /);
		const rows = figure.locator('tr[data-layer]');
		await expect(rows).toHaveCount(replication.rows.length);
		for (const row of replication.rows) {
			const cells = figure.locator(`tr[data-layer="${row.layer}"][data-radius="${row.radius}"] td`);
			const { median, min, max } = row.clean;
			await expect(cells.first()).toHaveText(min === max ? `${median}` : `${median} [${min}–${max}]`);
			await expect(cells.nth(2)).toHaveText(`${row.untrained.clean} · ${row.untrained.kept}`);
		}
		const picked = figure.locator('tr.picked');
		await expect(picked).toHaveAttribute('data-layer', replication.pick.layer);
		await expect(picked).toContainText("the rule's pick");
		await expect(figure.locator('[data-census-verdict]')).toContainText(
			`picks ${replication.pick.layer} at radius ${replication.pick.radius} px in ${replication.pick.agreeing} of ${replication.pick.of} trainings`
		);
		await expect(figure).toContainText(`declared before the census was measured (${replication.declared})`);
		// universality against chance: the one-to-one count beside the null
		await expect(page.locator('#figure-universality')).toContainText(
			`Paired one to one, ${universality.oneToOne.partners} pair`
		);
	});
});

test('the census of curve families and the seven arguments have no serious accessibility violations, in light and dark', async ({
	page
}) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/network/');
		await expect(page.locator('#figure-curve-census tr[data-layer]').first()).toBeVisible();
		expect(await seriousViolations(page, '#figure-curve-census'), colorScheme).toEqual([]);
		await expect(page.locator('#figure-seven-arguments tr[data-unit]').first()).toBeVisible();
		expect(await seriousViolations(page, '#figure-seven-arguments'), colorScheme).toEqual([]);
	}
});

test('the seven arguments read without JavaScript: every unit of both families, each result as measured', async ({
	browser
}) => {
	const { ARGUMENTS_FILE } = await import('../src/lib/model/models');
	const { ARGUMENT_KEYS } = await import('../src/lib/atlas/arguments');
	const file = JSON.parse(readFileSync(ARGUMENTS_FILE, 'utf8'));
	await withoutJavaScript(browser, '/network/', async (page) => {
		const figure = page.locator('#figure-seven-arguments');
		await expect(figure.locator('figcaption .figure-caption')).toContainText(/^What to look at: /);
		for (const family of file.families) {
			const table = figure.locator(`table[data-arguments="${family.role}"]`);
			await expect(table.locator('tr[data-unit]')).toHaveCount(family.units.length);
			for (const key of ARGUMENT_KEYS)
				await expect(table.locator(`[data-passing="${key}"]`)).toHaveText(
					`${family.passing[key]} of ${family.units.length}`
				);
			const unit = family.units[0];
			for (const key of ARGUMENT_KEYS) {
				const cell = table.locator(`tr[data-unit="${unit.name}"] td[data-argument="${key}"]`);
				await expect(cell).toHaveAttribute('data-pass', unit.results[key].pass ? 'yes' : 'no');
				await expect(cell).toContainText(unit.results[key].detail);
			}
		}
		await expect(figure.locator('[data-arguments-verdict]')).toContainText(`In ${file.families[0].layer}`);
	});
	// a unit of the paper's layer carries its results on its own page, also without JavaScript
	const paper = file.families.find((f: { role: string }) => f.role === 'paper');
	const unit = paper.units[0];
	await withoutJavaScript(browser, `/units/${paper.layer}/${unit.unit}/`, async (page) => {
		const section = page.locator('[data-unit-arguments]');
		await expect(section.locator('li[data-argument]')).toHaveCount(ARGUMENT_KEYS.length);
		const passed = ARGUMENT_KEYS.filter((k: string) => unit.results[k].pass).length;
		await expect(section).toContainText(`It passes ${passed} of ${ARGUMENT_KEYS.length}.`);
		await expect(page.locator('.what')).toContainText(/the curve family (in|of) the paper's layer/);
	});
});

test("every layer's family is a choice away, without JavaScript: the rule's pick first", async ({ browser }) => {
	const { readAtlas } = await import('../src/lib/analysis/atlas-files');
	const { MODEL_NAME } = await import('../src/lib/model/models');
	const { census } = readAtlas(MODEL_NAME).curves;
	const key = (f: { layer: string; radius: number }) => `${f.layer}-${f.radius}`;
	const other = census.rows.find((r) => key(r) !== key(census.pick) && r.kept > 0)!;
	const pick = census.rows.find((r) => key(r) === key(census.pick))!;
	await withoutJavaScript(browser, '/network/', async (page) => {
		const figure = page.locator('#figure-families-by-layer');
		await expect(figure.locator('figcaption .figure-caption')).toContainText(
			`What to look at: in ${pick.layer} at ${pick.radius} px, the family the declared rule picks`
		);
		const shown = figure.locator('[data-panel]:visible');
		await expect(shown).toHaveCount(1);
		await expect(shown).toHaveAttribute('data-panel', key(pick));
		await expect(shown.locator('figure.mini')).toHaveCount(pick.kept);
		await figure.locator(`label[data-family="${key(other)}"]`).click();
		await expect(shown).toHaveAttribute('data-panel', key(other));
		await expect(shown.locator('figure.mini')).toHaveCount(other.kept);
	});
});
