// What the benchmarks measure in a page: how long an action takes with the longest frame meanwhile, the
// tensors the page's engine holds, and key-press latencies on a figure's dial.
import type { Locator, Page } from '@playwright/test';
import type { Timed } from '../src/lib/widgets/kit/bench';

/** Starts recording frame lengths in the page (as source text, so no build helpers leak into it). */
const WATCH_FRAMES = `(() => {
	window.benchFrames = [];
	window.benchWatching = true;
	let last = performance.now();
	const tick = (now) => {
		window.benchFrames.push(now - last);
		last = now;
		if (window.benchWatching) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;
const LONGEST_FRAME = `(() => { window.benchWatching = false; return Math.max(...window.benchFrames); })()`;

/** How long `action` takes and the longest frame meanwhile, both measured in the page. */
export async function timed(page: Page, action: () => Promise<void>): Promise<Timed> {
	await page.evaluate(WATCH_FRAMES);
	const start = await page.evaluate(() => performance.now());
	await action();
	const took = (await page.evaluate(() => performance.now())) - start;
	return { ms: took, longest: (await page.evaluate(LONGEST_FRAME)) as number };
}

/** The tensors the page's engine holds. */
export const memoryOf = (page: Page) =>
	page.evaluate(() =>
		(globalThis as unknown as { zoomInMemory: () => Promise<{ numTensors: number; numBytes: number }> }).zoomInMemory()
	);

/**
 * Runs in the page (as source text): presses `key` on a figure's dial `count` times, each time timing the
 * key event until the widget shows the new angle (data-rendered-angle), two frames apart.
 */
const KEY_PRESS_LATENCIES = `async ([figureId, count, key]) => {
	const figure = document.getElementById(figureId);
	const stimulus = figure.querySelector('[role="slider"]');
	const widget = figure.querySelector('[data-rendered-angle]');
	const out = [];
	stimulus.focus();
	for (let i = 0; i < count; i++) {
		const before = stimulus.getAttribute('aria-valuenow');
		const start = performance.now();
		stimulus.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
		// the dial's new angle, once the widget has taken the key
		await new Promise((resolve) => setTimeout(resolve, 0));
		const expected = stimulus.getAttribute('aria-valuenow');
		if (expected === before) throw new Error('the key did not turn the dial');
		await new Promise((resolve) => {
			if (widget.getAttribute('data-rendered-angle') === expected) return resolve();
			const observer = new MutationObserver(() => {
				if (widget.getAttribute('data-rendered-angle') !== expected) return;
				observer.disconnect();
				resolve();
			});
			observer.observe(widget, { attributes: true, attributeFilter: ['data-rendered-angle'] });
		});
		out.push(performance.now() - start);
		await new Promise((resolve) => requestAnimationFrame(resolve));
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
	return out;
}`;

export async function keyLatencies(figure: Locator, count: number, key = 'ArrowUp'): Promise<number[]> {
	const id = await figure.getAttribute('id');
	return (await figure.page().evaluate(`(${KEY_PRESS_LATENCIES})(${JSON.stringify([id, count, key])})`)) as number[];
}
