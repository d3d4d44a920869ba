// What every browser test watches for: console errors, failed loads, and requests to other hosts.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContextOptions, type Locator, type Page } from '@playwright/test';
import { readdirSync, existsSync } from 'node:fs';

export function watchPage(page: Page) {
	const problems: string[] = [];
	const offHost: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => {
		// a load the browser dropped because the test navigated on is not a failure of the site
		if (!request.failure()?.errorText.includes('ERR_ABORTED'))
			problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:' && url.protocol !== 'blob:')
			offHost.push(request.url());
	});
	return {
		problems,
		offHost,
		expectClean() {
			expect(problems, 'console errors and failed requests').toEqual([]);
			expect(offHost, 'requests to other hosts').toEqual([]);
		}
	};
}

/** Scrolls a widget's article figure into view and waits until its network runs. */
export async function openWidget(page: Page, slug: string, query = '', path = '/') {
	await page.goto(`${path}${query}`);
	const figure = page.locator(`#figure-${slug}`);
	await figure.scrollIntoViewIfNeeded();
	await expect(figure.locator('.gate')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
	return figure;
}

/** Opens a page of the site and waits until it answers keys and typing (its scripts have taken over the HTML). */
export async function openPage(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export const openCurveWidget = (page: Page, query = '') => openWidget(page, 'curve-detectors', query);

/**
 * Waits until a live widget shows the answer to its newest input: its data-rendered (the input the answer on
 * screen is for) equals its data-key (the input now), read together.
 */
export async function answeredNewest(widget: Locator) {
	await expect
		.poll(() => widget.evaluate((el: HTMLElement) => el.dataset.rendered === el.dataset.key), {
			message: 'the widget shows the answer to its newest input'
		})
		.toBe(true);
}

/** The unit whose bar is marked as leading, by the angle it prefers. */
export const leaderAngle = (scope: Locator) => scope.locator('.bar-row.leading').first().getAttribute('data-angle');

/** The widgets of the site: the folders of src/lib/widgets with an index.ts (what the registry loads). */
export const WIDGET_SLUGS = readdirSync('src/lib/widgets', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(`src/lib/widgets/${d.name}/index.ts`))
	.map((d) => d.name);

/**
 * How many tensors the page's engine holds (in its worker, or on the page where it runs there):
 * a number, or the test fails.
 */
export async function engineTensors(page: Page): Promise<number> {
	const count = await page.evaluate(
		async () =>
			(await (globalThis as unknown as { zoomInMemory: () => Promise<{ numTensors: number } | null> }).zoomInMemory())
				?.numTensors
	);
	expect(typeof count, 'the engine reports its tensors').toBe('number');
	return count as number;
}

/**
 * The engine's tensor count once it holds still: the page's other figures may be opening their networks in
 * the same engine (those near the viewport start early), so the count is read until it stays the same.
 */
export async function settledTensors(page: Page): Promise<number> {
	let last = await engineTensors(page);
	for (let i = 0; i < 40; i++) {
		await page.waitForTimeout(500);
		const now = await engineTensors(page);
		if (now === last) return now;
		last = now;
	}
	throw new Error(`the engine's tensor count never held still (last ${last})`);
}

/** Runs `drive` (many inputs) and checks the engine holds as many tensors afterwards as before. */
export async function expectFlatTensors(page: Page, drive: () => Promise<void>) {
	const before = await settledTensors(page);
	expect(before, 'the engine holds the network').toBeGreaterThan(0);
	await drive();
	expect(await engineTensors(page), 'tensors after the inputs, against before').toBe(before);
}

/**
 * The serious and critical accessibility violations axe finds on the page (or inside `include`), as readable lines:
 * a test expects none.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const results = await (include ? builder.include(include) : builder).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/**
 * The page as a reader without JavaScript gets it (the prerendered picture): a fresh context with scripts
 * off, opened at `path` (or left blank for `check` to navigate), closed again even when a check fails.
 */
export async function withoutJavaScript(
	browser: Browser,
	path: string | null,
	check: (page: Page) => Promise<void>,
	options: BrowserContextOptions = {}
) {
	const context = await browser.newContext({ ...options, javaScriptEnabled: false });
	try {
		const page = await context.newPage();
		if (path !== null) await page.goto(path);
		await check(page);
	} finally {
		await context.close();
	}
}
