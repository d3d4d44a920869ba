// npm run heights: measures, on the built site (npm run build first), how tall each widget's embed page
// is in its default state, once its network runs, in columns 360, 700 and 1,000 px wide, and writes
// src/lib/generated/heights.json, which the /embed/ docs and the oEmbed descriptions read. The embed tests
// measure again and fail when the file is stale.
import { writeFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { launchOptions } from './launch.js';
import { serve } from './serve.js';
import { WIDGET_SLUGS } from '../tests/helpers';

export const HEIGHTS_FILE = 'src/lib/generated/heights.json';
/** as src/lib/embed/heights.ts's COLUMN_WIDTHS, which a unit test checks */
export const COLUMNS = [360, 700, 1000];

/** The embed page's height at `width`, once its figure is live (or has failed) and its layout has settled. */
export async function measureHeight(browser: Browser, site: string, slug: string, width: number): Promise<number> {
	const page = await browser.newPage({ viewport: { width, height: 900 } });
	try {
		await page.goto(`${site}/embed/${slug}/?backend=wasm`);
		await page.locator('.gate[data-ready="true"], .gate[data-failed="true"]').first().waitFor({ timeout: 60_000 });
		const height = () =>
			page.locator('main.embed-page').evaluate((main) => Math.ceil(main.getBoundingClientRect().height));
		// the same height for a second: sweeps and pictures that follow the network are in
		let last = -1;
		for (let stable = 0; stable < 4;) {
			await page.waitForTimeout(250);
			const now = await height();
			stable = now === last ? stable + 1 : 0;
			last = now;
		}
		return last;
	} finally {
		await page.close();
	}
}

export async function measureAll(site: string): Promise<Record<string, Record<number, number>>> {
	const browser = await chromium.launch(launchOptions());
	try {
		const heights: Record<string, Record<number, number>> = {};
		for (const slug of WIDGET_SLUGS) {
			heights[slug] = {};
			for (const width of COLUMNS) heights[slug][width] = await measureHeight(browser, site, slug, width);
			console.log(`${slug}: ${COLUMNS.map((w) => `${heights[slug][w]} px at ${w}`).join(', ')}`);
		}
		return heights;
	} finally {
		await browser.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = 4179;
	const server = await serve({ port });
	try {
		const heights = await measureAll(`http://localhost:${port}`);
		writeFileSync(HEIGHTS_FILE, `${JSON.stringify(heights, null, '\t')}\n`);
		console.log(`Wrote ${HEIGHTS_FILE}. Build again (npm run build) for the docs and oEmbed files to use it.`);
	} finally {
		server.close();
	}
}
