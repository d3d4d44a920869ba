// Grows the four views of every unit of the article's network and keeps them as sheets: npm run views.
// train/views.py grows them, a layer's units side by side (resumable: what it has grown stays under
// .cache/views/); this script then measures each picture on the site's own forward pass and writes
// data/views/<name>/ (one PNG sheet per layer and view, and views.json), from which the build cuts each
// unit's pictures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { probe } from '../src/lib/measure/probe';
import { VIS_DEFAULTS } from '../src/lib/model/featurevis';
import { readExamples, worldColour } from '../src/lib/analysis/atlas-files';
import {
	sheetFile,
	upsampled,
	viewKey,
	viewReadout,
	viewsDir,
	VIEWS,
	type ViewKey,
	type ViewsFile
} from '../src/lib/analysis/views';
import { mixedChannels } from '../src/lib/model/architecture';
import { encodePng, tile } from '../src/lib/world/png.server';
import { loadNodeModel, MODEL_DIR, MODEL_NAME, nodeTf } from '../src/lib/model/node';

const COLUMNS = 16;
const cache = `.cache/views/${MODEL_NAME}`;
const started = Date.now();
const grown = spawnSync(
	'/usr/bin/python3',
	[
		'train/views.py',
		'--model',
		MODEL_DIR,
		'--colour',
		JSON.stringify(worldColour()),
		'--out',
		cache,
		'--steps',
		String(VIS_DEFAULTS.steps),
		'--seed',
		String(VIS_DEFAULTS.seed)
	],
	{ stdio: 'inherit' }
);
if (grown.status !== 0)
	throw new Error(`train/views.py stopped (exit ${grown.status}); run npm run views again to go on where it stopped`);

const tf = await nodeTf('wasm');
const model = await loadNodeModel(tf);
const input = model.architecture.input.size;
const size = input / 2;
const p = probe(tf, model);
const examples = readExamples(MODEL_NAME);
const out = viewsDir(MODEL_NAME);
mkdirSync(out, { recursive: true });
const layers: ViewsFile['layers'] = {};
for (const spec of model.architecture.layers) {
	if (spec.type !== 'mixed') continue;
	const units = mixedChannels(spec);
	const mapSize = examples.layers[spec.name].mapSize;
	const activation = {} as Record<ViewKey, number[]>;
	for (const view of VIEWS) {
		const key = viewKey(view);
		const bytes = readFileSync(`${cache}/${spec.name}.${key}.bin`);
		if (bytes.length !== units * size * size * 3)
			throw new Error(
				`${cache}/${spec.name}.${key}.bin holds ${bytes.length} bytes, ` +
					`not ${units} pictures of ${size}²: delete it and run again`
			);
		const pictures = Array.from({ length: units }, (_, u) =>
			Float32Array.from(bytes.subarray(u * size * size * 3, (u + 1) * size * size * 3), (b) => b / 255)
		);
		// each picture's own unit, as the network sees the picture
		const values = p
			.read(
				pictures.map((picture) => upsampled(picture, size, input)),
				spec.name,
				viewReadout(view, mapSize)
			)
			.map((row, unit) => row[unit]);
		activation[key] = values.map((v) => Math.round(v * 1e4) / 1e4);
		const sheet = tile(pictures, size, COLUMNS, 1);
		writeFileSync(`${out}/${sheetFile(spec.name, key)}`, encodePng(sheet.rgb, sheet.width, sheet.height));
		const median = [...values].sort((a, b) => a - b)[units >> 1];
		console.log(`${spec.name} ${key}: ${units} pictures, activation median ${median.toFixed(2)}`);
	}
	layers[spec.name] = { units, activation };
}
const file: ViewsFile = {
	model: MODEL_NAME,
	steps: VIS_DEFAULTS.steps,
	seed: VIS_DEFAULTS.seed,
	size,
	columns: COLUMNS,
	layers
};
writeFileSync(`${out}/views.json`, JSON.stringify(file) + '\n');
console.log(`wrote ${out}/ in ${((Date.now() - started) / 1000).toFixed(0)} s`);
