// What the benchmarks measure in a page: how long an action takes with the longest frame meanwhile, and the tensors tfjs holds.
import type { Page } from '@playwright/test';

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
export async function timed(page: Page, action: () => Promise<void>): Promise<{ ms: number; longest: number }> {
	await page.evaluate(WATCH_FRAMES);
	const start = await page.evaluate(() => performance.now());
	await action();
	const took = (await page.evaluate(() => performance.now())) - start;
	return { ms: took, longest: (await page.evaluate(LONGEST_FRAME)) as number };
}

/** The tensors tfjs holds in the page. */
export const memoryOf = (page: Page) => page.evaluate(() => (globalThis as unknown as { zoomInMemory: () => { numTensors: number; numBytes: number } }).zoomInMemory());
