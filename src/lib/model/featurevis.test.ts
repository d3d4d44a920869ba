import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { featureVis, readWindow } from './featurevis';
import { forward } from './inception';
import { layerStride, receptiveField } from './architecture';
import { Rng } from '../world/rng';
import { loadNodeModel, MODEL_DIR, nodeTf } from './node';
import { colourMatrix } from '../world/colour';
import { centreCell, probe } from '../measure/probe';
import { SELECTION_STROKE } from '../measure/curve-stimuli';
import type { Atlas } from '../atlas/schema';
import type { ExamplesFile } from '../analysis/examples';

const atlas: Atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
const examples: ExamplesFile = JSON.parse(readFileSync(`${MODEL_DIR}/examples.json`, 'utf8'));

describe('feature visualization', () => {
	it('excites a curve unit beyond its best held-out scene, and the family reads it as that unit’s curve', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const unit = atlas.curves.units.reduce((a, b) => (b.peak > a.peak ? b : a));
		const best = examples.layers[unit.layer].units[unit.unit][0].activation;
		const before = tf.memory().numTensors;
		const fv = featureVis(tf, model, {
			layer: unit.layer,
			unit: unit.unit,
			objective: 'neuron',
			sign: 1,
			seed: 1,
			colour: colourMatrix(50)
		});
		fv.step(128);
		const reached = fv.activation();
		// measured for mixed3b's strongest curve unit after 128 steps: about 1.5 times the best of the 1,200 held-out scenes
		expect(reached).toBeGreaterThan(1.2 * best);
		// the family reads the picture at the same cell: the unit itself, or a neighbour in angle, answers most
		const image = fv.image();
		fv.dispose();
		expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
		const p = probe(tf, model);
		const mapSize = model.architecture.input.size / layerStride(model.architecture, unit.layer);
		const row = p.read([image], unit.layer, centreCell(mapSize).cell)[0];
		const family = atlas.curves.units;
		const strongest = family.reduce((a, b) => (row[b.unit] > row[a.unit] ? b : a));
		const order = family.map((u) => u.unit);
		const distance = Math.abs(order.indexOf(strongest.unit) - order.indexOf(unit.unit));
		expect(
			Math.min(distance, order.length - distance),
			`${strongest.name} answers the picture of ${unit.name} most`
		).toBeLessThanOrEqual(1);
	}, 300_000);

	it('drawn as one stroke: the stimuli’s ink through the unit’s cell, and the ascent raises the unit', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const unit = atlas.curves.units.reduce((a, b) => (b.peak > a.peak ? b : a));
		const before = tf.memory().numTensors;
		const fv = featureVis(tf, model, {
			layer: unit.layer,
			unit: unit.unit,
			objective: 'neuron',
			sign: 1,
			seed: 1,
			draw: 'stroke',
			stroke: SELECTION_STROKE
		});
		// the first step reports the best straight start, before its ReLU
		const start = fv.step(1);
		fv.step(31);
		const reached = fv.activation();
		const image = fv.image();
		fv.dispose();
		expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
		// measured for mixed4a's strongest curve unit: -0.34 on the best straight start, 1.41 after 32 steps (the
		// starts' race, then the best alone)
		expect(reached).toBeGreaterThan(start + 1);
		const size = model.architecture.input.size;
		const { width, length, ink, paper } = SELECTION_STROKE;
		const inked: { x: number; y: number }[] = [];
		for (let p = 0; p < size * size; p++) {
			const [r, g, b] = image.slice(3 * p, 3 * p + 3);
			expect(Math.max(Math.abs(r - g), Math.abs(g - b)), 'grey ink on grey paper').toBeLessThan(1e-6);
			expect(r).toBeGreaterThanOrEqual(ink - 1e-6);
			expect(r).toBeLessThanOrEqual(paper + 1e-6);
			if (r < (ink + paper) / 2) inked.push({ x: (p % size) + 0.5, y: Math.floor(p / size) + 0.5 });
		}
		// one stroke of the stimuli's width and about their length: its area is width × length, give or take
		expect(inked.length).toBeGreaterThan(0.5 * width * length);
		expect(inked.length).toBeLessThan(2 * width * length);
		// through the cell the unit reads (the centre cell of its map)
		const mean = (f: (q: { x: number; y: number }) => number) => inked.reduce((s, q) => s + f(q), 0) / inked.length;
		const { shift } = centreCell(size / layerStride(model.architecture, unit.layer));
		expect(Math.hypot(mean((q) => q.x) - (size / 2 + shift.x), mean((q) => q.y) - (size / 2 - shift.y))).toBeLessThan(
			length / 3
		);
		expect(() =>
			featureVis(tf, model, {
				layer: unit.layer,
				unit: unit.unit,
				objective: 'neuron',
				sign: 1,
				seed: 1,
				draw: 'stroke',
				stroke: SELECTION_STROKE,
				count: 2
			})
		).toThrow(/one at a time/);
		expect(() =>
			featureVis(tf, model, {
				layer: unit.layer,
				unit: unit.unit,
				objective: 'neuron',
				sign: 1,
				seed: 1,
				draw: 'stroke'
			})
		).toThrow(/needs its look/);
		// the widget always sends its diversity weight: a stroke's starts are not pushed apart by it, so a run
		// there grows the stroke the gallery grew
		const grown = (diversity?: number) => {
			const run = featureVis(tf, model, {
				layer: unit.layer,
				unit: unit.unit,
				objective: 'neuron',
				sign: 1,
				seed: 1,
				draw: 'stroke',
				stroke: SELECTION_STROKE,
				diversity
			});
			run.step(4);
			const picture = run.image();
			run.dispose();
			return picture;
		};
		expect(grown(8)).toEqual(grown());
	}, 300_000);

	it('the part of the image a cell sees gives that cell the value the whole image gives it', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const size = model.architecture.input.size;
		// a layer whose cells see less than the whole image (mixed4a's see more, and read the whole image)
		const layer = 'mixed3b';
		expect(receptiveField(model.architecture, layer)).toBeLessThan(size);
		const middle = Math.floor(size / layerStride(model.architecture, layer) / 2);
		const window = readWindow(model, layer, size, { row: middle, column: middle })!;
		expect(window.size).toBeGreaterThanOrEqual(receptiveField(model.architecture, layer));
		expect(window.size).toBeLessThan(size);
		// a cell in the map's corner sees past the image's edge, where the padding counts: no window
		expect(readWindow(model, layer, size, { row: 0, column: 0 })).toBeNull();
		const rng = new Rng(3);
		const image = tf.tensor4d(
			Float32Array.from({ length: 2 * size * size * 3 }, () => rng.uniform(0, 1)),
			[2, size, size, 3]
		);
		const part = tf.slice(image, [0, window.top, window.left, 0], [2, window.size, window.size, 3]);
		const at = (t: import('@tensorflow/tfjs-core').Tensor, cell: { row: number; column: number }) =>
			Array.from(
				tf
					.slice(
						forward(tf, model, t as import('@tensorflow/tfjs-core').Tensor4D, { upTo: layer })[layer],
						[0, cell.row, cell.column, 0],
						[2, 1, 1, -1]
					)
					.dataSync()
			);
		const whole = at(image, { row: middle, column: middle });
		const seen = at(part, window.cell);
		const scale = Math.max(...whole.map(Math.abs));
		expect(scale).toBeGreaterThan(0);
		expect(Math.max(...whole.map((v, i) => Math.abs(v - seen[i]))) / scale).toBeLessThan(1e-4);
		tf.dispose([image, part]);
	}, 60_000);

	it('maps the picture into the pixel range its network expects, and grows pictures of the size asked for', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const unit = atlas.curves.units.reduce((a, b) => (b.peak > a.peak ? b : a));
		const before = tf.memory().numTensors;
		// the same network made to read pixels in [−1, 1]: given 2x − 1, its first convolution gives what it gave x
		const first = model.architecture.layers[0].name;
		const half = tf.div(model.weights[`${first}/kernel`], 2);
		const bias = tf.tidy(() => tf.add(model.weights[`${first}/bias`], tf.sum(half, [0, 1, 2])));
		const signed = { ...model, weights: { ...model.weights, [`${first}/kernel`]: half, [`${first}/bias`]: bias } };
		const firstStep = (network: typeof model, inputRange?: [number, number]) => {
			const run = featureVis(tf, network, {
				layer: unit.layer,
				unit: unit.unit,
				objective: 'neuron',
				sign: 1,
				seed: 2,
				inputRange
			});
			const read = { activation: run.activation(), objective: run.step(1) };
			run.dispose();
			return read;
		};
		const plain = firstStep(model);
		const mapped = firstStep(signed, [-1, 1]);
		// measured: the same to 3e-6 of the objective; read unmapped, the signed network gives 0.087 for 0.066
		expect(Math.abs(mapped.objective - plain.objective)).toBeLessThan(1e-4 * Math.abs(plain.objective));
		expect(Math.abs(mapped.activation - plain.activation)).toBeLessThanOrEqual(1e-4 * Math.abs(plain.activation));
		expect(Math.abs(firstStep(signed).objective - plain.objective)).toBeGreaterThan(0.1 * Math.abs(plain.objective));
		tf.dispose([half, bias]);
		const size = (3 * model.architecture.input.size) / 4;
		const smaller = featureVis(tf, model, {
			layer: unit.layer,
			unit: unit.unit,
			objective: 'neuron',
			sign: 1,
			seed: 2,
			size
		});
		smaller.step(1);
		expect(smaller.image()).toHaveLength(size * size * 3);
		smaller.dispose();
		expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
	}, 60_000);

	it('is deterministic for a seed, and the negative objective turns the unit off', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const unit = atlas.curves.units[0];
		const run = (sign: 1 | -1) => {
			const fv = featureVis(tf, model, { layer: unit.layer, unit: unit.unit, objective: 'neuron', sign, seed: 7 });
			fv.step(16);
			const out = { image: fv.image(), activation: fv.activation() };
			fv.dispose();
			return out;
		};
		const a = run(1);
		expect(run(1).image).toEqual(a.image);
		expect(run(-1).activation).toBeLessThan(a.activation);
	}, 300_000);
});
