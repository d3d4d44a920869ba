// The toy models of superposition in headless Chromium: one training to convergence, the 400-cell phase
// diagram with the longest frame meanwhile, and the tensors held over 50 trainings. Part of npm run bench;
// on its own, against an existing build: tsx scripts/bench-toy.ts [port]
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { launchOptions } from './launch.js';
import { memoryOf, timed } from './bench-page';

const runsOf = async (widget: Locator) => Number(await widget.getAttribute('data-runs'));

async function nextRun(page: Page, widget: Locator, key: string) {
	const before = await runsOf(widget);
	await page.keyboard.press(key);
	await widget.page().waitForFunction(([n]) => Number(document.querySelector('#figure-superposition .superposition')?.getAttribute('data-runs')) > n, [before], { timeout: 30_000 });
	return Number(await widget.getAttribute('data-train-ms'));
}

/** Measures the toy widgets on the site served at `origin`; returns the report's lines. */
export async function benchToy(browser: Browser, origin: string): Promise<string[]> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	try {
		await page.goto(`${origin}/?backend=wasm#figure-superposition`);
		const figure = page.locator('#figure-superposition');
		await figure.scrollIntoViewIfNeeded();
		await page.waitForSelector('#figure-superposition .gate[data-ready="true"]', { timeout: 60_000 });
		const backend = await figure.locator('.gate').getAttribute('data-backend');
		const widget = figure.locator('.superposition');
		await figure.getByRole('slider', { name: /Sparsity/ }).focus();
		// five trainings at different sparsities
		const trainings: number[] = [];
		for (const key of ['ArrowLeft', 'ArrowLeft', 'End', 'Home', 'ArrowRight']) trainings.push(await nextRun(page, widget, key));
		const sorted = [...trainings].sort((a, b) => a - b);

		await figure.getByRole('slider', { name: 'Importance decay' }).focus();
		const before = (await memoryOf(page)).numTensors;
		for (let i = 0; i < 50; i++) await nextRun(page, widget, i % 2 ? 'ArrowRight' : 'ArrowLeft');
		const after = (await memoryOf(page)).numTensors;

		const phase = page.locator('#figure-superposition-phase');
		await phase.scrollIntoViewIfNeeded();
		await page.waitForSelector('#figure-superposition-phase .gate[data-ready="true"]', { timeout: 60_000 });
		const { ms: phaseMs, longest } = await timed(page, async () => {
			await phase.getByRole('button', { name: /Train the 400 models/ }).click();
			await page.waitForSelector('#figure-superposition-phase .phase[data-status="done"]', { timeout: 120_000 });
		});

		return [
			`Toy models of superposition (${backend})`,
			`  one training of the 5-in-2 model (to convergence)    median ${sorted[2].toFixed(0)} ms (of ${trainings.map((t) => t.toFixed(0)).join(', ')})`,
			`  phase diagram, 2 in 1, 20 × 20 cells × 6 starts       ${(phaseMs / 1000).toFixed(1)} s (longest frame meanwhile ${longest.toFixed(1)} ms)`,
			`  tensors over 50 trainings                            ${before} → ${after}`
		];
	} finally {
		await page.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.argv[2] ?? 4180);
	const { serve } = await import('./serve.js');
	const server = await serve({ port });
	const browser = await chromium.launch(launchOptions());
	try {
		for (const line of await benchToy(browser, `http://localhost:${port}`)) console.log(line);
	} finally {
		await browser.close();
		server.close();
	}
}
