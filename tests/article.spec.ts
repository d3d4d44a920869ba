import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { seriousViolations, watchPage, withoutJavaScript } from './helpers';
import { sceneNoun } from '../src/lib/world/classes';
import { parseTomlFrontMatter } from '../src/lib/article/remark-distill.js';

const notes = readFileSync('content/notes.md', 'utf8');
const headings = [...notes.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1].trim());
const citedKeys = [...new Set([...notes.matchAll(/\[@([\w-]+)\]/g)].map((m) => m[1]))];

test('a reader finds every section of the notes, each with an anchor link and a table-of-contents entry', async ({
	page
}) => {
	const watch = watchPage(page);
	await page.goto('/');
	const front = parseTomlFrontMatter(notes.split('+++')[1]);
	await expect(page.locator('h1')).toHaveText('Notes: “Zoom In: An Introduction to Circuits”');
	await expect(page.locator('header .description')).toHaveText(String(front.description));
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', String(front.description));
	// built as the README says, without SITE_URL: nothing that needs the site's absolute address
	await expect(
		page.locator('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]')
	).toHaveCount(0);
	await expect(page.locator('.byline .author')).toHaveText(String(front.author));
	await expect(page.locator('.byline time')).toHaveAttribute('datetime', '2023-11-28');
	for (const heading of headings) {
		const element = page.locator('.article-body').getByRole('heading', { name: heading, exact: false }).first();
		await expect(element).toBeVisible();
		const id = await element.getAttribute('id');
		expect(id, `heading "${heading}" has an id`).toBeTruthy();
		await expect(element.locator(`a.anchor[href="#${id}"]`)).toHaveCount(1);
		await expect(page.locator(`nav.toc a[href="#${id}"]`)).toHaveCount(1);
	}
	watch.expectClean();
});

test('every in-page link resolves: table of contents, footnotes, citations and back links', async ({ page }) => {
	await page.goto('/');
	const hrefs = await page.locator('a[href^="#"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	expect(hrefs.length).toBeGreaterThan(20);
	for (const href of new Set(hrefs)) await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
	const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
	expect(
		ids.filter((id, i) => ids.indexOf(id) !== i),
		'ids used twice'
	).toEqual([]);
});

test('the footnote opens on hover and on keyboard focus, and a tap toggles it', async ({ page }) => {
	await page.goto('/');
	const ref = page.locator('#fnref-1');
	const tip = page.locator('#fn-tip-1');
	await expect(tip).toBeHidden();
	await ref.hover();
	await expect(tip).toBeVisible();
	await expect(tip).toContainText('xkcd no. 1838');
	await expect(tip.locator('a[href="https://xkcd.com/1838/"]')).toHaveCount(1);
	await page.mouse.move(0, 0);
	await expect(tip).toBeHidden();
	await ref.focus();
	await expect(tip).toBeVisible();
	await page.keyboard.press('Escape');
	await ref.blur();
	await expect(tip).toBeHidden();
	await ref.click();
	await expect(tip).toBeVisible();
	await expect(ref).toHaveAttribute('aria-expanded', 'true');
	// the note sits beside "a pile of linear algebra", as the notes intend
	await expect(page.locator('.footnote').locator('xpath=..')).toContainText('pile of linear algebra');
	await expect(page.locator('#fn-1')).toContainText('Machine Learning');
});

test('citations are numbered in order and listed in the references, every number the number of its entry', async ({
	page
}) => {
	await page.goto('/');
	const items = page.locator('ol.references > li');
	await expect(items).toHaveCount(citedKeys.length);
	for (const key of citedKeys) await expect(page.locator(`#ref-${key}`)).toHaveCount(1);
	await expect(page.locator('.cite a').first()).toHaveText('1');
	// every in-text number, and the appendix's, is the list number of the entry it links to
	const links = await page
		.locator('.cite a, .appendix a.cite-number')
		.evaluateAll((as) =>
			as.map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.replace(/[[\]]/g, '') }))
		);
	expect(links.length).toBeGreaterThan(citedKeys.length);
	for (const { href, text } of links) {
		const li = page.locator(`ol.references > li[id="${href.slice(1)}"]`);
		const position = await li.evaluate((el) => [...el.parentElement!.children].indexOf(el) + 1);
		expect(text, href).toBe(String(position));
		expect(await li.getAttribute('value')).toBe(String(position));
	}
	await expect(page.locator('#ref-olah2020zoom')).toContainText('Zoom In: An Introduction to Circuits');
	const bibtex = page.locator('.appendix pre.bibtex');
	await expect(bibtex).toContainText('@misc{');
	await expect(bibtex).toContainText('author = {Anonymous}');
	// built without SITE_URL, the citation names the address the reader has the page from
	await expect(bibtex).toContainText('url = {http://localhost:4173/}');
	for (const section of ['How to cite', 'Reuse', 'Updates and corrections'])
		await expect(page.locator('.appendix').getByRole('heading', { name: section })).toBeVisible();
});

test('no BibTeX markup reaches the reader: accents decoded, no backslash or brace in references or citations', async ({
	page
}) => {
	await page.goto('/');
	const texts = [
		...(await page.locator('ol.references').allTextContents()),
		...(await page.locator('.cite .hover-card').allTextContents())
	];
	for (const text of texts) expect(text).not.toMatch(/[\\{}]/);
	await expect(page.locator('#ref-deletang2023compression')).toContainText('Grégoire Delétang');
});

test('the editor’s changes to the notes are listed, and every figure says what to look at', async ({ page }) => {
	await page.goto('/');
	const corrections = JSON.parse(readFileSync('content/corrections.json', 'utf8')) as { was: string }[];
	await expect(page.locator('.corrections li')).toHaveCount(corrections.length);
	await expect(page.locator('.article-body')).not.toContainText('copied directly');
	await expect(page.locator('.article-body')).toContainText('deep into');
	// the footnote sits right against the "!" that follows it
	const after = await page.locator('.footnote').evaluate((el) => {
		let next = el.nextSibling;
		while (next && next.nodeType === Node.COMMENT_NODE) next = next.nextSibling;
		return next?.textContent ?? '';
	});
	expect(after.startsWith('!'), `after the footnote: "${after.slice(0, 10)}"`).toBe(true);
	for (const caption of await page.locator('.figure > figcaption').allTextContents())
		expect(caption, caption.slice(0, 60)).toMatch(/What to look at|Drag|Turn|rotate/i);
});

test('quotes from the paper are attributed, and the math is typeset at build time', async ({ page }) => {
	await page.goto('/');
	const quotes = page.locator('blockquote.attributed');
	expect(await quotes.count()).toBeGreaterThanOrEqual(4);
	await expect(quotes.first().locator('footer')).toContainText('Olah et al.');
	expect(await page.locator('.katex').count()).toBeGreaterThanOrEqual(5);
	await expect(page.locator('.katex-display').first()).toContainText('ReLU');
	const text = await page.locator('.article-body').innerText();
	expect(text).not.toMatch(/\$[^$\n]+\$/);
	expect(text).not.toContain('[^');
	expect(text).not.toContain('[@');
});

test('the page asks no other host for anything: no hot-linked images, fonts or scripts', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('/');
	await page.locator('#appendix').scrollIntoViewIfNeeded();
	await page.waitForLoadState('networkidle');
	const images = await page.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src));
	for (const src of images.filter((s) => !s.startsWith('data:'))) expect(new URL(src).hostname).toBe('localhost');
	watch.expectClean();
});

test('with JavaScript off the article reads in full and the widget shows its default state', async ({ browser }) => {
	await withoutJavaScript(browser, '/', async (page) => {
		await expect(page.locator('.article-body')).toContainText('pile of linear algebra');
		// the equations sit in an editor's note that opens on request, without JavaScript too
		const symbols = page.locator('details.aside', { hasText: 'In symbols' });
		await symbols.locator('summary').click();
		await expect(symbols.locator('.katex').first()).toBeVisible();
		const widget = page.locator('#figure-curve-detectors');
		await expect(widget.locator('path.curve')).toHaveCount(8);
		await expect(widget.locator('.bar-row')).toHaveCount(8);
		await expect(widget.getByTestId('description')).toContainText('leads at');
		await expect(widget.locator('.static-note')).toBeVisible();
	});
});

test('the article has no serious or critical accessibility violations, in light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('/');
		expect(await seriousViolations(page), colorScheme).toEqual([]);
	}
});

test('on a phone the text fits the screen without sideways scrolling', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
	const page = await context.newPage();
	await page.goto('/');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(1);
	await context.close();
});

test('the notes meet their network where they first use it, open, with its numbers from the atlas', async ({
	page
}) => {
	const { MODEL_DIR } = await import('../src/lib/model/models');
	const atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
	await page.goto('/');
	const section = page.locator('#the-network-trained-for-this-page');
	// the editor's note comes right after the section's heading, open (not a <details>), before any figure
	const note = page.locator('#the-network-trained-for-this-page + aside.aside');
	await expect(note).toContainText('Editor’s note · Meet the network');
	await expect(note).toContainText(`into ${atlas.classes.length} kinds`);
	await expect(note).toContainText(`gets ${(atlas.heldoutAccuracy * 100).toFixed(1)}% of held-out scenes right`);
	await expect(note).toContainText(
		`a unit these pages call ${atlas.heads.left.name} is not InceptionV1’s ${atlas.heads.left.name}`
	);
	const picture = note.locator('img');
	await picture.scrollIntoViewIfNeeded();
	await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(384);
	await expect(section).toBeVisible();
	// one entry in the contents for the section, and the network's own page named for what it holds
	const toc = page.locator('nav.toc');
	await expect(toc.getByText('The network trained for this page', { exact: true })).toHaveCount(1);
	await expect(toc.getByRole('link', { name: /How the network was made and measured/ })).toHaveCount(1);
});

test('the figures about the trained networks quote the measured atlases, not typed-in numbers', async ({ page }) => {
	const { MODEL_DIR, UNIVERSALITY_FILE } = await import('../src/lib/model/models');
	const atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
	const universality = JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8'));
	await page.goto('/network/');
	const curves = page.locator('#figure-trained-curves');
	await expect(curves.locator('.mini')).toHaveCount(atlas.curves.units.length);
	for (const unit of atlas.curves.units) await expect(curves).toContainText(unit.name);
	const caption = curves.locator('figcaption').last();
	await expect(caption).toContainText(`These ${atlas.curves.units.length} units of ${atlas.curves.layer}`);
	// how the family was chosen, folded under the grid, in the network the figures run
	const method = curves.locator('details.method');
	await method.locator('summary').click();
	await expect(method).toContainText(
		`${atlas.curves.evaluation.unitsSelective} of the ${atlas.curves.units.length} stay selective`
	);
	await expect(method).toContainText(`${atlas.curves.untuned.length} more answer curves selectively`);
	await expect(method).toContainText(`${atlas.curves.evaluation.largestGapByPolarity.dark}° (dark ink)`);
	const heads = page.locator('#figure-trained-heads');
	for (const unit of [atlas.heads.left, atlas.heads.right, atlas.heads.union])
		await expect(heads).toContainText(unit.name);
	await expect(heads).toContainText(`${atlas.stimuli.headPairs} dog heads`);
	const poly = page.locator('#figure-trained-polysemantic');
	await expect(poly).toContainText(atlas.polysemantic.name);
	for (const c of atlas.polysemantic.classes)
		await expect(poly).toContainText(`${c.count} ${c.count === 1 ? 'shows' : 'show'} ${sceneNoun(c.name)}`);
	const network = page.locator('#figure-the-network');
	await expect(network).toContainText(`${(atlas.heldoutAccuracy * 100).toFixed(1)}% of held-out scenes`);
	await expect(network).toContainText(`${(atlas.heldoutStyleAccuracy * 100).toFixed(1)}% of dogs, cats and chimeras`);
	const claim3 = page.locator('#figure-universality');
	await expect(claim3).toContainText(
		`${universality.curves.withPartner} of the ${universality.curves.total} curve units`
	);
	await expect(claim3.locator('.mini')).toHaveCount(
		universality.curves.total +
			JSON.parse(readFileSync(`static/models/${universality.b}/atlas.json`, 'utf8')).curves.units.length
	);
});

test('meeting the model: the world drawn live, one row per class, the live network’s status', async ({ page }) => {
	await page.goto('/network/');
	const figure = page.locator('#figure-the-network');
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('.world .row')).toHaveCount(9);
	await expect(figure.locator('.status')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	await expect(figure.locator('.status')).toContainText('loaded · running on');
});
