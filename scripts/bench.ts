// Builds the site and measures it in headless Chromium on the wasm backend, printing the figures: the build,
// input-to-chart latency of the curve widgets, time to live, a tuning sweep, the dog circuit, feature
// visualization and unit pages, bytes, and the trained network's passes.
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.js';
import { launchOptions } from './launch.js';
import { MODEL_DIR, MODEL_NAME } from '../src/lib/model/node';
import { readAtlas } from '../src/lib/analysis/slice';
import { benchToy } from './bench-toy';
import { memoryOf, timed } from './bench-page';

const PORT = 4180;
const INPUTS = 200;

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (v: number) => `${v.toFixed(1)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;

/**
 * Runs in the page (as source text, so no build helpers leak into it): presses ArrowUp on a figure's curve
 * `count` times, each time timing the key event until the chart shows the new angle.
 */
const KEY_PRESS_LATENCIES = `async ([figureId, count]) => {
	const figure = document.getElementById(figureId);
	const stimulus = figure.querySelector('[role="slider"]');
	const widget = figure.querySelector('.curve-widget');
	const out = [];
	stimulus.focus();
	for (let i = 0; i < count; i++) {
		const expected = String((Number(stimulus.getAttribute('aria-valuenow')) + 5) % 360);
		const updated = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				if (widget.getAttribute('data-rendered-angle') === expected) {
					observer.disconnect();
					resolve(performance.now());
				}
			});
			observer.observe(widget, { attributes: true, attributeFilter: ['data-rendered-angle'] });
		});
		const start = performance.now();
		stimulus.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
		out.push((await updated) - start);
		await new Promise((resolve) => requestAnimationFrame(resolve));
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
	return out;
}`;

const latencyLine = (latencies: number[]) => `p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}   max ${ms(Math.max(...latencies))}`;

/** Files and bytes under a folder. */
function sizeOf(dir: string): { files: number; bytes: number } {
	return readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, entry) => {
			const inner = entry.isDirectory() ? sizeOf(`${dir}/${entry.name}`) : { files: 1, bytes: statSync(`${dir}/${entry.name}`).size };
			return { files: sum.files + inner.files, bytes: sum.bytes + inner.bytes };
		},
		{ files: 0, bytes: 0 }
	);
}

const buildStarted = Date.now();
execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (Date.now() - buildStarted) / 1000;
const unitPages = readdirSync('build/units', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length - 1;
console.log(`Site build (npm run build)`);
const site = sizeOf('build');
console.log(`  ${buildSeconds.toFixed(0)} s in all, with ${unitPages} unit pages; build/ holds ${site.files} files, ${kb(site.bytes)}; build/units ${kb(sizeOf('build/units').bytes)}`);

const atlas = readAtlas(MODEL_NAME);
const server = await serve({ port: PORT });
const browser = await chromium.launch(launchOptions());
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const bodies = new Map<string, { type: string; body: Buffer }>();
	page.on('response', async (response) => {
		const type = response.headers()['content-type'] ?? '';
		bodies.set(response.url(), { type, body: await response.body().catch(() => Buffer.alloc(0)) });
	});

	// 1. the hand-set widget: navigation to ready, with the widget in view from the start; key → chart
	await page.goto(`http://localhost:${PORT}/?backend=wasm#figure-curve-detectors`);
	await page.waitForSelector('#figure-curve-detectors .gate[data-ready="true"]', { timeout: 60_000 });
	const handsetReady = await page.evaluate(() => performance.now());
	await page.waitForSelector('#figure-curve-detectors [data-testid="echo-ratio"][aria-busy="false"]');
	const handset = (await page.evaluate(`(${KEY_PRESS_LATENCIES})(['figure-curve-detectors', ${INPUTS}])`)) as number[];

	// 2. the trained widget: scrolled into view → live, then key → chart with and without an edit
	const family = page.locator('#figure-curve-family');
	const before = new Set(bodies.keys());
	const entered = await page.evaluate(() => performance.now());
	await family.scrollIntoViewIfNeeded();
	await page.waitForSelector('#figure-curve-family .gate[data-ready="true"]', { timeout: 60_000 });
	const trainedReady = (await page.evaluate(() => performance.now())) - entered;
	await page.waitForLoadState('networkidle');
	const fetched = [...bodies.entries()].filter(([url]) => !before.has(url) && /\/models\//.test(url));
	const plain = (await page.evaluate(`(${KEY_PRESS_LATENCIES})(['figure-curve-family', ${INPUTS}])`)) as number[];
	await family.getByRole('radio', { name: /all off/ }).check();
	await page.waitForSelector('#figure-curve-family .curve-widget[data-sweeping="false"]');
	const edited = (await page.evaluate(`(${KEY_PRESS_LATENCIES})(['figure-curve-family', ${INPUTS}])`)) as number[];
	// a full sweep: on light-on-dark paper nothing comes from the atlas, so toggling the edit sweeps 72 angles
	await family.getByRole('radio', { name: 'light on dark' }).check();
	await page.waitForSelector('#figure-curve-family .curve-widget[data-sweeping="false"]', { timeout: 30_000 });
	await family.getByRole('radio', { name: /in place/ }).check();
	await page.waitForSelector('#figure-curve-family .curve-widget[data-sweeping="false"]', { timeout: 30_000 });
	const sweep = await timed(page, async () => {
		await family.getByRole('radio', { name: /from opposite curves off/ }).check();
		await page.waitForSelector('#figure-curve-family .curve-widget[data-sweeping="false"]', { timeout: 30_000 });
	});
	// 2b. the high-low family: key → chart (each update reads four textures), and the polar plot swept for a blur
	// the analysis did not measure
	const highLow = page.locator('#figure-high-low');
	await highLow.scrollIntoViewIfNeeded();
	await page.waitForSelector('#figure-high-low .gate[data-ready="true"]', { timeout: 60_000 });
	const highLowKeys = (await page.evaluate(`(${KEY_PRESS_LATENCIES})(['figure-high-low', ${INPUTS}])`)) as number[];
	const highLowSweep = await timed(page, async () => {
		await highLow.getByLabel('Blur in pixels').fill('3');
		await page.waitForSelector('#figure-high-low .curve-widget[data-sweeping="true"]', { timeout: 30_000 });
		await page.waitForSelector('#figure-high-low .curve-widget[data-sweeping="false"]', { timeout: 30_000 });
	});
	// 3. the dog circuit: one change (turn the head) → every node updated; then the measure over every head
	const dog = page.locator('#figure-dog-circuit');
	await dog.scrollIntoViewIfNeeded();
	await page.waitForSelector('#figure-dog-circuit .gate[data-ready="true"]', { timeout: 60_000 });
	const turns = (await page.evaluate(`(async (count) => {
		const widget = document.querySelector('#figure-dog-circuit .dog-circuit');
		const button = [...document.querySelectorAll('#figure-dog-circuit button')].find((b) => b.textContent.includes('Turn the head'));
		const out = [];
		for (let i = 0; i < count; i++) {
			const start = performance.now();
			button.click();
			await new Promise((resolve) => {
				const check = () => (widget.getAttribute('data-rendered') === widget.getAttribute('data-key') ? resolve() : requestAnimationFrame(check));
				requestAnimationFrame(check);
			});
			out.push(performance.now() - start);
			await new Promise((r) => requestAnimationFrame(r));
		}
		return out;
	})(60)`)) as number[];
	const overMany = await timed(page, async () => {
		await dog.getByRole('button', { name: 'Measure now' }).click();
		await page.waitForSelector('#figure-dog-circuit [data-testid="measured"]', { timeout: 60_000 });
	});
	const tensors = await memoryOf(page);

	// 4. feature visualization: one run of the default length for the family's strongest unit, frames meanwhile;
	// then ten shorter runs, with the tensors held before and after; a unit page from navigation to examples
	const vis = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await vis.goto(`http://localhost:${PORT}/embed/feature-vis/?backend=wasm`);
	await vis.waitForSelector('.gate[data-ready="true"]', { timeout: 60_000 });
	const visSteps = Number(await vis.locator('progress').last().getAttribute('max'));
	const visRun = await timed(vis, async () => {
		await vis.getByRole('button', { name: 'Run' }).click();
		await vis.waitForSelector('.feature-vis[data-status="done"]', { timeout: 120_000 });
	});
	const visUnit = (await vis.getByTestId('description').textContent())?.split(',')[0];
	await vis.goto(`http://localhost:${PORT}/embed/feature-vis/?backend=wasm&steps=64`);
	await vis.waitForSelector('.gate[data-ready="true"]', { timeout: 60_000 });
	await vis.getByRole('button', { name: 'Run' }).click();
	await vis.waitForSelector('.feature-vis[data-status="done"]', { timeout: 60_000 });
	const visBefore = await memoryOf(vis);
	for (let i = 0; i < 10; i++) {
		await vis.getByRole('button', { name: 'Run again' }).click();
		await vis.waitForSelector('.feature-vis[data-status="done"]', { timeout: 60_000 });
	}
	const visAfter = await memoryOf(vis);
	const unit = atlas.heads.left;
	await vis.goto(`http://localhost:${PORT}/units/${unit.layer}/${unit.unit}/?backend=wasm`);
	await vis.waitForSelector('.examples li[data-live-activation]', { timeout: 60_000 });
	const unitPageMs = await vis.evaluate(() => performance.now());
	await vis.close();

	const toy = await benchToy(browser, `http://localhost:${PORT}`);

	// 5. bytes
	type Body = { type: string; body: Buffer };
	const all = [...bodies.values()];
	const js = all.filter((b) => b.type.includes('javascript'));
	const wasm = all.filter((b) => b.type.includes('wasm'));
	const gzip = (list: Body[]) => list.reduce((sum, b) => sum + gzipSync(b.body, { level: 9 }).length, 0);
	const raw = (list: Body[]) => list.reduce((sum, b) => sum + b.body.length, 0);
	const slice = fetched.filter(([url]) => url.endsWith('slice.json')).map(([, b]) => b);
	const model = fetched.filter(([url]) => !url.endsWith('slice.json')).map(([, b]) => b);

	console.log(`Hand-set curve detectors (wasm, ${INPUTS} key presses)`);
	console.log(`  input → chart updated   ${latencyLine(handset)}`);
	console.log(`  navigation → widget ready   ${ms(handsetReady)}`);
	console.log(`Trained curve family (wasm, ${INPUTS} key presses each)`);
	console.log(`  input → chart updated, no edit          ${latencyLine(plain)}`);
	console.log(`  input → chart updated, negatives off    ${latencyLine(edited)}`);
	console.log(`  72-angle tuning sweep after an edit     ${ms(sweep.ms)} (longest frame meanwhile ${ms(sweep.longest)})`);
	console.log(`  scrolled into view → live               ${ms(trainedReady)}`);
	console.log(`  fetched for it: model ${kb(raw(model))} (${kb(gzip(model))} gzip), atlas slice ${kb(raw(slice))} (${kb(gzip(slice))} gzip)`);
	console.log(`High-low frequency family (wasm, ${INPUTS} key presses; four textures an update)`);
	console.log(`  input → chart updated                   ${latencyLine(highLowKeys)}`);
	console.log(`  72-angle tuning sweep after a blur change ${ms(highLowSweep.ms)} (longest frame meanwhile ${ms(highLowSweep.longest)})`);
	console.log(`Dog-head circuit (wasm)`);
	console.log(`  turn the head → every node updated      ${latencyLine(turns)}`);
	console.log(`  over all held-out heads (and mirrors)   ${ms(overMany.ms)} (longest frame meanwhile ${ms(overMany.longest)})`);
	console.log(`Tensors held after the four widgets ran   ${tensors.numTensors} (${kb(tensors.numBytes)})`);
	console.log(`Feature visualization (wasm)`);
	console.log(`  ${visSteps} steps for ${visUnit}             ${ms(visRun.ms)} (${ms(visRun.ms / visSteps)} a step; longest frame meanwhile ${ms(visRun.longest)})`);
	console.log(`  tensors after one run of 64 steps, then after ten more   ${visBefore.numTensors} (${kb(visBefore.numBytes)}) → ${visAfter.numTensors} (${kb(visAfter.numBytes)})`);
	console.log(`  unit page ${unit.name}: navigation → its examples drawn   ${ms(unitPageMs)}`);
	for (const line of toy) console.log(line);
	console.log(`Article page`);
	console.log(`  JavaScript   ${js.length} files, ${kb(raw(js))} raw, ${kb(gzip(js))} gzip`);
	console.log(`  WebAssembly  ${wasm.length} file(s), ${kb(raw(wasm))} raw, ${kb(gzip(wasm))} gzip`);

	// 6. the trained network alone: passes with and without the atlas's edits
	execFileSync('npx', ['vite', 'build', '-c', 'scripts/bench/vite.config.ts'], { stdio: 'inherit' });
	const dir = `.cache/bench-page/models/${MODEL_NAME}`;
	cpSync(MODEL_DIR, dir, { recursive: true });
	const pairs = (list: { source: { unit: number }; target: { unit: number } }[]) => list.map((e) => ({ source: e.source.unit, target: e.target.unit }));
	writeFileSync(
		`${dir}/edits.json`,
		JSON.stringify({
			curve: { target: atlas.curves.layer, mode: 'drop-negative', pairs: pairs(atlas.curveCircuit.edges) },
			heads: { target: atlas.heads.left.layer, mode: 'cut', pairs: pairs(atlas.heads.inhibitoryEdges) }
		})
	);
	const modelServer = await serve({ root: '.cache/bench-page', port: PORT + 1 });
	try {
		const modelPage = await browser.newPage();
		await modelPage.goto(`http://localhost:${PORT + 1}/model.html?backend=wasm&model=${MODEL_NAME}`);
		type Timing = { median: number; p95: number };
		type Result = { error?: string; deepest: string; backend: string; runs: number; leakedTensors: number; full: Timing; compileMs: number; curvePlain: Timing; curveEdited: Timing; curvePairs: number; headsPlain: Timing; headsEdited: Timing; headsPairs: number };
		const r = (await modelPage.waitForFunction('window.benchResult', null, { timeout: 120_000 }).then((h) => h.jsonValue())) as Result;
		if (r.error) throw new Error(r.error);
		const files = readdirSync(MODEL_DIR).filter((f) => !f.endsWith('.json') || f === 'model.json' || f === 'weights_manifest.json');
		const bytes = files.reduce((sum, f) => sum + statSync(`${MODEL_DIR}/${f}`).size, 0);
		const ratio = (a: Timing, b: Timing) => (a.median / b.median).toFixed(2);
		console.log(`Trained network (${MODEL_DIR}, ${r.backend}, ${r.runs} runs each, one image)`);
		console.log(`  forward to ${r.deepest}                       median ${ms(r.full.median)}   p95 ${ms(r.full.p95)}`);
		console.log(`  to ${atlas.curves.layer}, plain                    median ${ms(r.curvePlain.median)}   p95 ${ms(r.curvePlain.p95)}`);
		console.log(`  to ${atlas.curves.layer}, ${r.curvePairs} edges' negatives off  median ${ms(r.curveEdited.median)}   p95 ${ms(r.curveEdited.p95)}   (${ratio(r.curveEdited, r.curvePlain)}× plain)`);
		console.log(`  to ${atlas.heads.left.layer}, plain                    median ${ms(r.headsPlain.median)}   p95 ${ms(r.headsPlain.p95)}`);
		console.log(`  to ${atlas.heads.left.layer}, ${r.headsPairs} edges cut         median ${ms(r.headsEdited.median)}   p95 ${ms(r.headsEdited.p95)}   (${ratio(r.headsEdited, r.headsPlain)}× plain)`);
		console.log(`  compiling both edit sets once            ${ms(r.compileMs)}; ${r.leakedTensors} tensors leaked`);
		console.log(`  model files  ${files.join(', ')}: ${kb(bytes)}`);
	} finally {
		modelServer.close();
	}
} finally {
	await browser.close();
	server.close();
}
