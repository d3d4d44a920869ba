// Dataset examples: for every unit of the mixed blocks, the held-out scenes that excite it most, and where;
// the ones that excite it least; how its answers spread over every scene searched; and what its strongest
// scenes show. Scenes are stored by index (the browser draws them again from their seeds), never as images.
import type * as TF from '@tensorflow/tfjs-core';
import { forward } from '../model/inception';
import type { Model } from '../model/types';
import { datasetScene, IMAGE_SIZE, sceneClass } from '../world/scenes';
import { roundDeep } from '../measure/measures';
import type { Tf } from './common';
import { tallyClasses } from './tally';

/** Scenes searched, how many of the best each unit's record keeps, and how many its examples show. */
export const EXAMPLE_SCENES = 1200;
export const TOP_SCENES = 24;
export const EXAMPLES_PER_UNIT = 9;
/** How many of a unit's strongest scenes its class make-up counts, and how many bins its histogram has. */
export const MAKE_UP_SCENES = 50;
export const HISTOGRAM_BINS = 20;
const BATCH = 32;

export interface Example {
	/** the scene: datasetScene(EXAMPLES_SPLIT, index) */
	index: number;
	/** the cell of the unit's map where it fired most */
	row: number;
	column: number;
	activation: number;
}

/** How a unit answers the whole split, beyond its strongest scenes. */
export interface UnitDepth {
	/** the EXAMPLES_PER_UNIT scenes it answers least (its maximum over the map), weakest first */
	weakest: Example[];
	/** its maximum over the map for every scene, in HISTOGRAM_BINS equal bins from 0 to `top` */
	histogram: { top: number; counts: number[]; zero: number };
	/** the classes of its MAKE_UP_SCENES strongest scenes, most first */
	classes: { name: string; count: number }[];
}

export interface ExamplesFile {
	model: string;
	split: number;
	scenes: number;
	/** examples[layer][unit]: strongest first; depth[layer][unit]: the rest of the split */
	layers: Record<string, { mapSize: number; units: Example[][]; depth: UnitDepth[] }>;
}

/** The split the scenes come from: held-out seeds the training never drew. */
export const EXAMPLES_SPLIT = 3;

/**
 * For every unit of `layers`, the TOP_SCENES held-out scenes that excite it most (its maximum over the map)
 * and where: one pass over the scenes, shared by the dataset examples and the polysemantic unit.
 */
export function topScenes(
	tf: Tf,
	model: Model,
	layers = model.architecture.layers.filter((l) => l.type === 'mixed').map((l) => l.name)
) {
	const deepest = layers.at(-1)!;
	const best: Record<string, Example[][]> = {};
	const sizes: Record<string, number> = {};
	// every scene's maximum and where, unit by unit: for the weakest scenes, the histogram and the make-up
	const all: Record<string, { max: Float32Array; at: Int32Array }[]> = {};
	for (let start = 0; start < EXAMPLE_SCENES; start += BATCH) {
		const count = Math.min(BATCH, EXAMPLE_SCENES - start);
		const data = new Float32Array(count * IMAGE_SIZE * IMAGE_SIZE * 3);
		for (let k = 0; k < count; k++)
			data.set(datasetScene(EXAMPLES_SPLIT, start + k).image, k * IMAGE_SIZE * IMAGE_SIZE * 3);
		const read = tf.tidy(() => {
			const acts = forward(tf, model, tf.tensor4d(data, [count, IMAGE_SIZE, IMAGE_SIZE, 3]), { upTo: deepest });
			return layers.map((layer) => {
				const a = acts[layer] as TF.Tensor4D;
				const [n, h, w, c] = a.shape;
				const flat = tf.reshape(a, [n, h * w, c]);
				return {
					layer,
					size: h,
					max: tf.max(flat, 1).arraySync() as number[][],
					at: tf.argMax(flat, 1).arraySync() as number[][]
				};
			});
		});
		for (const { layer, size, max, at } of read) {
			sizes[layer] = size;
			const units = (best[layer] ??= max[0].map(() => []));
			const everything = (all[layer] ??= max[0].map(() => ({
				max: new Float32Array(EXAMPLE_SCENES),
				at: new Int32Array(EXAMPLE_SCENES)
			})));
			max.forEach((row, k) =>
				row.forEach(
					(activation, u) => ((everything[u].max[start + k] = activation), (everything[u].at[start + k] = at[k][u]))
				)
			);
			max.forEach((row, k) =>
				row.forEach((activation, u) => {
					const list = units[u];
					if (list.length === TOP_SCENES && activation <= list[list.length - 1].activation) return;
					list.push({ index: start + k, row: Math.floor(at[k][u] / size), column: at[k][u] % size, activation });
					list.sort((a, b) => b.activation - a.activation || a.index - b.index);
					if (list.length > TOP_SCENES) list.pop();
				})
			);
		}
	}
	return Object.fromEntries(
		layers.map((layer) => [layer, { mapSize: sizes[layer], units: best[layer], all: all[layer] }])
	);
}

/** What a unit's answers over every scene say beyond its strongest: see UnitDepth. */
export function unitDepth({ max, at }: { max: Float32Array; at: Int32Array }, mapSize: number): UnitDepth {
	const order = Array.from(max.keys()).sort((a, b) => max[a] - max[b] || a - b);
	const example = (index: number): Example => ({
		index,
		row: Math.floor(at[index] / mapSize),
		column: at[index] % mapSize,
		activation: max[index]
	});
	const top = Math.max(...max);
	const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
	if (top > 0) for (const v of max) counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((v / top) * HISTOGRAM_BINS))]++;
	else counts[0] = max.length;
	const strongest = order.slice(-MAKE_UP_SCENES).filter((i) => max[i] > 0);
	return {
		weakest: order.slice(0, EXAMPLES_PER_UNIT).map(example),
		histogram: { top, counts, zero: max.filter((v) => v <= 0).length },
		classes: tallyClasses(strongest.map((i) => sceneClass(i)))
	};
}

export type TopScenes = ReturnType<typeof topScenes>;

/** The dataset examples file: each unit's best EXAMPLES_PER_UNIT scenes. */
export function examplesFile(top: TopScenes, name: string): ExamplesFile {
	return roundDeep({
		model: name,
		split: EXAMPLES_SPLIT,
		scenes: EXAMPLE_SCENES,
		layers: Object.fromEntries(
			Object.entries(top).map(([layer, { mapSize, units, all }]) => [
				layer,
				{
					mapSize,
					units: units.map((list) => list.slice(0, EXAMPLES_PER_UNIT)),
					depth: all.map((unit) => unitDepth(unit, mapSize))
				}
			])
		)
	});
}

/** The examples file as text: one line per unit, so it stays small and a diff of it readable. */
export function examplesJson(file: ExamplesFile): string {
	const lines = (list: unknown[]) => list.map((u) => `\t\t\t\t${JSON.stringify(u)}`).join(',\n');
	const layers = Object.entries(file.layers).map(
		([layer, { mapSize, units, depth }]) =>
			`\t\t${JSON.stringify(layer)}: {\n` +
			`\t\t\t"mapSize": ${mapSize},\n` +
			`\t\t\t"units": [\n${lines(units)}\n\t\t\t],\n` +
			`\t\t\t"depth": [\n${lines(depth)}\n\t\t\t]\n` +
			`\t\t}`
	);
	return (
		`{\n\t"model": ${JSON.stringify(file.model)},\n` +
		`\t"split": ${file.split},\n` +
		`\t"scenes": ${file.scenes},\n` +
		`\t"layers": {\n${layers.join(',\n')}\n\t}\n}\n`
	);
}
