// npm run bench: builds the site (as the README says) and measures it in headless Chromium on the wasm
// backend, at full speed and at a phone's (the page's main thread throttled 4× through the DevTools
// protocol, and the engine's worker, which DevTools cannot throttle, slowed as much: zoomInSlowdown), in one
// run: navigation → the first live figure, then every widget folder's bench.ts on its figure in the article,
// a unit page, the build, the bytes, and the trained network's passes.
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { serve } from './serve.js';
import { launchOptions } from './launch.js';
import { keyLatencies, memoryOf, timed } from './bench-page';
import { MODEL_DIR, MODEL_NAME } from '../src/lib/model/node';
import { readAtlas } from '../src/lib/analysis/atlas-files';
import type { BenchContext, BenchRow, WidgetBench } from '../src/lib/widgets/kit/bench';

const PORT = 4180;
const SPEEDS = [1, 4] as const;
const SITE = `http://localhost:${PORT}`;

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(1)} ms`);
const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
const cell = (row: BenchRow | undefined) => {
	if (!row) return '—';
	if ('latencies' in row) return `p50 ${ms(percentile(row.latencies, 50))}, p95 ${ms(percentile(row.latencies, 95))}`;
	if ('run' in row) return `${ms(row.run.ms)} (longest frame ${ms(row.run.longest)})`;
	return row.text;
};

/** Files and bytes under a folder. */
function sizeOf(dir: string): { files: number; bytes: number } {
	return readdirSync(dir, { withFileTypes: true }).reduce(
		(sum, entry) => {
			const inner = entry.isDirectory()
				? sizeOf(`${dir}/${entry.name}`)
				: { files: 1, bytes: statSync(`${dir}/${entry.name}`).size };
			return { files: sum.files + inner.files, bytes: sum.bytes + inner.bytes };
		},
		{ files: 0, bytes: 0 }
	);
}

/** The built page that holds a widget's figure: the article first, then the other top-level pages (the network's). */
function homeOf(slug: string): string {
	const pages = [
		'',
		...readdirSync('build', { withFileTypes: true })
			.filter((d) => d.isDirectory() && existsSync(`build/${d.name}/index.html`))
			.map((d) => `${d.name}/`)
	];
	const home = pages.find((page) => readFileSync(`build/${page}index.html`, 'utf8').includes(`id="figure-${slug}"`));
	if (home === undefined)
		throw new Error(`No page of the built site holds the figure of ${slug}: its bench cannot run`);
	return home;
}

/** Every widget folder's bench section, in the registry's order (folder names), with the page its figure is on. */
async function sections(): Promise<Section[]> {
	const slugs = readdirSync('src/lib/widgets', { withFileTypes: true }).filter(
		(d) =>
			d.isDirectory() &&
			existsSync(`src/lib/widgets/${d.name}/index.ts`) &&
			existsSync(`src/lib/widgets/${d.name}/bench.ts`)
	);
	return Promise.all(
		slugs.map(async (d) => ({
			slug: d.name,
			home: homeOf(d.name),
			bench: ((await import(`../src/lib/widgets/${d.name}/bench.ts`)) as { bench: WidgetBench }).bench
		}))
	);
}

interface Section {
	slug: string;
	home: string;
	bench: WidgetBench;
}

/** A page at `speed`: its main thread throttled, and the engine told to slow down as much. */
async function pageAt(browser: Browser, speed: number): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	if (speed > 1) {
		await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: speed });
		await page.addInitScript((rate) => ((globalThis as { zoomInSlowdown?: number }).zoomInSlowdown = rate), speed);
	}
	return page;
}

const QUERY = 'backend=wasm';

/** Everything measured at one speed: rows by section. */
async function measureAt(browser: Browser, speed: number, benches: Section[]) {
	const rows = new Map<string, BenchRow[]>();
	const query = QUERY;
	/** One figure's section on `page`: scrolled into view → live, then its own bench. */
	const measureFigure = async (page: Page, { slug, bench }: Section) => {
		const figure = page.locator(`#figure-${slug}`);
		const entered = await page.evaluate(() => performance.now());
		await figure.scrollIntoViewIfNeeded();
		await figure.locator('.gate[data-ready="true"]').waitFor({ timeout: 60_000 });
		const live = (await page.evaluate(() => performance.now())) - entered;
		const context: BenchContext = {
			page,
			figure,
			site: SITE,
			query,
			browser,
			open: async (path) => {
				const other = await pageAt(browser, speed);
				await other.goto(`${SITE}${path}${path.includes('?') ? '&' : '?'}${query}`);
				return other;
			},
			timed,
			keyLatencies: (count, key) => keyLatencies(figure, count, key),
			memory: memoryOf
		};
		rows.set(slug, [{ measure: 'scrolled into view → live', text: ms(live) }, ...(await bench(context))]);
		console.error(`  ${speed}×: ${slug} done`);
	};
	const page = await pageAt(browser, speed);
	try {
		// the article, with the hand-set curve detectors in view from the start
		await page.goto(`${SITE}/?${query}#figure-curve-detectors`);
		await page.waitForSelector('#figure-curve-detectors .gate[data-ready="true"]', { timeout: 60_000 });
		const firstLive = await page.evaluate(() => performance.now());
		const engine = await page.locator('#figure-curve-detectors .gate').getAttribute('data-engine');
		rows.set('the article', [
			{
				measure: 'navigation → the first figure live',
				text: `${ms(firstLive)} (engine in a ${engine === 'worker' ? 'worker' : 'page'})`
			}
		]);
		for (const section of benches.filter((b) => !b.home)) await measureFigure(page, section);
		rows.set('the article (after every figure ran)', [
			{ measure: 'tensors the engine holds', text: `${(await memoryOf(page)).numTensors}` }
		]);
	} finally {
		await page.close();
	}
	// figures that live on another page (the network's), each measured there
	for (const section of benches.filter((b) => b.home)) {
		const home = await pageAt(browser, speed);
		try {
			await home.goto(`${SITE}/${section.home}?${query}`);
			await measureFigure(home, section);
		} finally {
			await home.close();
		}
	}
	// a unit page: navigation → its feature visualization running, and → its examples drawn
	const unit = readAtlas(MODEL_NAME).heads.left;
	const unitPage = await pageAt(browser, speed);
	try {
		await unitPage.goto(`${SITE}/units/${unit.layer}/${unit.unit}/?${query}`);
		await unitPage.waitForSelector('.feature-vis[data-status="running"], .feature-vis[data-status="done"]', {
			timeout: 60_000
		});
		const picture = await unitPage.evaluate(() => performance.now());
		await unitPage.waitForSelector('.examples li[data-live-activation]:last-child', { timeout: 60_000 });
		const examples = await unitPage.evaluate(() => performance.now());
		rows.set(`unit page ${unit.name}`, [
			{ measure: 'navigation → feature visualization running', text: ms(picture) },
			{ measure: 'navigation → its examples drawn', text: ms(examples) }
		]);
	} finally {
		await unitPage.close();
	}
	return rows;
}

const buildStarted = Date.now();
execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (Date.now() - buildStarted) / 1000;
const unitPages =
	readdirSync('build/units', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length - 1;
const site = sizeOf('build');
console.log(`Site build (npm run build)`);
console.log(
	`  ${buildSeconds.toFixed(0)} s in all, with ${unitPages} unit pages; ` +
		`build/ holds ${site.files} files, ${kb(site.bytes)}; build/units ${kb(sizeOf('build/units').bytes)}`
);

const server = await serve({ port: PORT });
const browser = await chromium.launch(launchOptions());
try {
	const benches = await sections();
	const bySpeed = new Map<number, Map<string, BenchRow[]>>();
	for (const speed of SPEEDS) bySpeed.set(speed, await measureAt(browser, speed, benches));
	const [first, ...rest] = SPEEDS;
	const width = 52;
	console.log(
		`\nEvery figure, on wasm, at ${SPEEDS.map((s) => `${s}×`).join(' and ')} ` +
			'(input → chart: the key or click until the figure shows its answer)'
	);
	console.log(`${''.padEnd(width)}${SPEEDS.map((s) => `${s}×`.padEnd(46)).join('')}`);
	for (const [section, rows] of bySpeed.get(first)!) {
		console.log(section);
		for (const row of rows) {
			const others = rest.map((s) =>
				bySpeed
					.get(s)!
					.get(section)
					?.find((r) => r.measure === row.measure)
			);
			console.log(`  ${row.measure.padEnd(width - 2)}${[row, ...others].map((r) => cell(r).padEnd(46)).join('')}`);
		}
	}

	// bytes of the article page, as a reader's browser fetches them
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const bodies: { type: string; body: Buffer }[] = [];
	page.on('response', async (response) =>
		bodies.push({
			type: response.headers()['content-type'] ?? '',
			body: await response.body().catch(() => Buffer.alloc(0))
		})
	);
	await page.goto(`${SITE}/?backend=wasm#figure-curve-detectors`);
	await page.waitForSelector('#figure-curve-detectors .gate[data-ready="true"]', { timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const gzip = (list: typeof bodies) => list.reduce((sum, b) => sum + gzipSync(b.body, { level: 9 }).length, 0);
	const raw = (list: typeof bodies) => list.reduce((sum, b) => sum + b.body.length, 0);
	const js = bodies.filter((b) => b.type.includes('javascript'));
	const wasm = bodies.filter((b) => b.type.includes('wasm'));
	const html = bodies.filter((b) => b.type.includes('html'));
	console.log(`\nArticle page, to its first live figure`);
	console.log(`  HTML         ${kb(raw(html))} raw, ${kb(gzip(html))} gzip`);
	console.log(
		`  JavaScript   ${js.length} files, ${kb(raw(js))} raw, ${kb(gzip(js))} gzip (the page's and the worker's)`
	);
	console.log(`  WebAssembly  ${wasm.length} file(s), ${kb(raw(wasm))} raw, ${kb(gzip(wasm))} gzip`);
	await page.close();

	// the trained network alone, on the page's own thread: passes with and without the atlas's edits
	const atlas = readAtlas(MODEL_NAME);
	execFileSync('npx', ['vite', 'build', '-c', 'scripts/bench/vite.config.ts'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const dir = `.cache/bench-page/models/${MODEL_NAME}`;
	cpSync(MODEL_DIR, dir, { recursive: true });
	const pairs = (list: { source: { unit: number }; target: { unit: number } }[]) =>
		list.map((e) => ({ source: e.source.unit, target: e.target.unit }));
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
		type Result = {
			error?: string;
			deepest: string;
			backend: string;
			runs: number;
			leakedTensors: number;
			full: Timing;
			compileMs: number;
			curvePlain: Timing;
			curveEdited: Timing;
			curvePairs: number;
			headsPlain: Timing;
			headsEdited: Timing;
			headsPairs: number;
		};
		const r = (await modelPage
			.waitForFunction('window.benchResult', null, { timeout: 120_000 })
			.then((h) => h.jsonValue())) as Result;
		if (r.error) throw new Error(r.error);
		const files = readdirSync(MODEL_DIR).filter(
			(f) => !f.endsWith('.json') || f === 'model.json' || f === 'weights_manifest.json'
		);
		const bytes = files.reduce((sum, f) => sum + statSync(`${MODEL_DIR}/${f}`).size, 0);
		const ratio = (a: Timing, b: Timing) => (a.median / b.median).toFixed(2);
		console.log(`\nTrained network (${MODEL_DIR}, ${r.backend}, ${r.runs} runs each, one image, 1×)`);
		console.log(`  forward to ${r.deepest}                       median ${ms(r.full.median)}   p95 ${ms(r.full.p95)}`);
		console.log(
			`  to ${atlas.curves.layer}, plain                    ` +
				`median ${ms(r.curvePlain.median)}   p95 ${ms(r.curvePlain.p95)}`
		);
		console.log(
			`  to ${atlas.curves.layer}, ${r.curvePairs} edges' negatives off  ` +
				`median ${ms(r.curveEdited.median)}   p95 ${ms(r.curveEdited.p95)}   ` +
				`(${ratio(r.curveEdited, r.curvePlain)}× plain)`
		);
		console.log(
			`  to ${atlas.heads.left.layer}, plain                    ` +
				`median ${ms(r.headsPlain.median)}   p95 ${ms(r.headsPlain.p95)}`
		);
		console.log(
			`  to ${atlas.heads.left.layer}, ${r.headsPairs} edges cut         ` +
				`median ${ms(r.headsEdited.median)}   p95 ${ms(r.headsEdited.p95)}   ` +
				`(${ratio(r.headsEdited, r.headsPlain)}× plain)`
		);
		console.log(`  compiling both edit sets once            ${ms(r.compileMs)}; ${r.leakedTensors} tensors leaked`);
		console.log(`  model files  ${files.join(', ')}: ${kb(bytes)}`);
	} finally {
		modelServer.close();
	}
} finally {
	await browser.close();
	server.close();
}
