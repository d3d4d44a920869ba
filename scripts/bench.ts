// Measures the live article in headless Chromium on the wasm backend and prints the figures:
// input-to-chart latency of the curve widget, navigation-to-ready time, and JavaScript bytes.
import { cpSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serve } from './serve.js';
import { launchOptions } from './launch.js';
import { MODEL_DIR, MODEL_NAME } from '../src/lib/model/node';

const PORT = 4180;
const INPUTS = 200;

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (v: number) => `${v.toFixed(1)} ms`;
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;

/**
 * Runs in the page (as source text, so no build helpers leak into it): presses ArrowUp on the curve
 * `count` times, each time timing the key event until the chart shows the new angle.
 */
const KEY_PRESS_LATENCIES = `async (count) => {
	const stimulus = document.querySelector('#figure-curve-detectors [role="slider"]');
	const widget = document.querySelector('#figure-curve-detectors .curve-detectors');
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

const server = await serve({ port: PORT });
const browser = await chromium.launch(launchOptions());
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const bodies = new Map<string, { type: string; body: Buffer }>();
	page.on('response', async (response) => {
		const type = response.headers()['content-type'] ?? '';
		if (type.includes('javascript') || type.includes('wasm'))
			bodies.set(response.url(), { type, body: await response.body().catch(() => Buffer.alloc(0)) });
	});

	// 1. navigation to widget ready, with the widget in view from the start
	await page.goto(`http://localhost:${PORT}/?backend=wasm#figure-curve-detectors`);
	await page.waitForSelector('#figure-curve-detectors .gate[data-ready="true"]', { timeout: 60_000 });
	const ready = await page.evaluate(() => performance.now());
	await page.waitForSelector('[data-testid="echo-ratio"][aria-busy="false"]');
	await page.waitForLoadState('networkidle');

	// 2. input event → chart updated, one arrow key at a time
	const latencies = (await page.evaluate(`(${KEY_PRESS_LATENCIES})(${INPUTS})`)) as number[];

	// 3. bytes
	const js = [...bodies.values()].filter((b) => b.type.includes('javascript'));
	const wasm = [...bodies.values()].filter((b) => b.type.includes('wasm'));
	type Body = { type: string; body: Buffer };
	const gzip = (list: Body[]) => list.reduce((sum, b) => sum + gzipSync(b.body, { level: 9 }).length, 0);
	const raw = (list: Body[]) => list.reduce((sum, b) => sum + b.body.length, 0);

	const backend = await page.getAttribute('#figure-curve-detectors .gate', 'data-backend');
	console.log(`Curve detectors widget (backend: ${backend}, ${INPUTS} key presses)`);
	console.log(`  input → chart updated   p50 ${ms(percentile(latencies, 50))}   p95 ${ms(percentile(latencies, 95))}   max ${ms(Math.max(...latencies))}`);
	console.log(`  navigation → widget ready   ${ms(ready)}`);
	console.log(`Article page`);
	console.log(`  JavaScript   ${js.length} files, ${kb(raw(js))} raw, ${kb(gzip(js))} gzip`);
	console.log(`  WebAssembly  ${wasm.length} file(s), ${kb(raw(wasm))} raw, ${kb(gzip(wasm))} gzip`);

	// 4. the trained network: forward pass to its deepest layer, and its size on the wire
	const MODEL = MODEL_DIR;
	execFileSync('npx', ['vite', 'build', '-c', 'scripts/bench/vite.config.ts'], { stdio: 'inherit' });
	cpSync(MODEL, `.cache/bench-page/models/${MODEL_NAME}`, { recursive: true });
	const modelServer = await serve({ root: '.cache/bench-page', port: PORT + 1 });
	try {
		const modelPage = await browser.newPage();
		await modelPage.goto(`http://localhost:${PORT + 1}/model.html?backend=wasm&model=${MODEL_NAME}`);
		type Result = { error?: string; deepest: string; median: number; p95: number; backend: string; runs: number; leakedTensors: number };
		const result = (await modelPage.waitForFunction('window.benchResult', null, { timeout: 120_000 }).then((h) => h.jsonValue())) as Result;
		if (result.error) throw new Error(result.error);
		const files = readdirSync(MODEL).filter((f) => f !== 'atlas.json');
		const bytes = files.reduce((sum, f) => sum + statSync(`${MODEL}/${f}`).size, 0);
		console.log(`Trained network (${MODEL})`);
		console.log(`  forward to ${result.deepest}   median ${ms(result.median)}   p95 ${ms(result.p95)}   (${result.backend}, ${result.runs} runs, ${result.leakedTensors} tensors leaked)`);
		console.log(`  model files  ${files.join(', ')}: ${kb(bytes)}`);
	} finally {
		modelServer.close();
	}
} finally {
	await browser.close();
	server.close();
}
