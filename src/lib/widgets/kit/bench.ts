// What a widget's benchmark section (its folder's bench.ts) is given and gives back. npm run bench opens the
// article at each speed, hands every section its figure and these helpers, and prints the rows side by side.
import type { Browser, Locator, Page } from '@playwright/test';

export interface Timed {
	ms: number;
	/** the longest main-thread frame meanwhile */
	longest: number;
}

export interface BenchContext {
	page: Page;
	/** the widget's figure in the article, scrolled into view and live */
	figure: Locator;
	/** the site's address, and what every page's address carries (?backend=wasm) */
	site: string;
	query: string;
	/** a fresh page of the site at this speed, for embed and unit pages */
	open(path: string): Promise<Page>;
	browser: Browser;
	/** how long `action` takes on `page`, and the longest main-thread frame meanwhile */
	timed(page: Page, action: () => Promise<void>): Promise<Timed>;
	/** `count` presses of `key` on the figure's dial, each timed until the chart shows the new angle */
	keyLatencies(count: number, key?: string): Promise<number[]>;
	/** the tensors the page's engine holds */
	memory(page: Page): Promise<{ numTensors: number; numBytes: number }>;
}

/** One line of the report: a latency (p50 and p95), a long computation (with its longest frame), a count or words. */
export type BenchRow =
	{ measure: string; latencies: number[] } | { measure: string; run: Timed } | { measure: string; text: string };

export type WidgetBench = (context: BenchContext) => Promise<BenchRow[]>;
