// Reading some units of a layer at one cell, fast: the network in full up to the last layer that changes
// the map's scale, then every layer after it only on the window of the map that the cell sees.
import type * as TF from '@tensorflow/tfjs-core';
import { applyLayer, forward, imageBatch } from './inception';
import type { Model } from './types';
import type { LayerSpec } from './architecture';
import type { CompiledEdits } from './types';

/**
 * How far a layer reads either side of a cell, at its own scale; null for a layer that changes the scale
 * (a stride, a pooling), where windows stop. A mixed block's widest branch (a 5×5 convolution, after at
 * most a 1×1 bottleneck) reaches two cells, its pooling branch one.
 */
function reach(spec: LayerSpec): number | null {
	if (spec.type === 'mixed') return 2;
	if (spec.type === 'conv' && spec.stride === 1) return Math.floor(spec.kernel / 2);
	return null;
}

export interface CellReader {
	/** activations[image][k] of the k-th of the units at the cell, the mixed blocks' weights edited where asked */
	read(images: Float32Array[], edits?: CompiledEdits | null): number[][];
	dispose(): void;
}

/**
 * A reader of `units` of `layer` at `cell`. The layers from the last change of scale up to `layer` run on
 * a window of the map below them that reaches, from the cell, as far as all of them together read; on it
 * the cell's value is the whole map's (where the window meets the map's edge, the padding is the map's
 * own), for a fraction of the work.
 */
export function cellReader(
	tf: typeof TF,
	model: Model,
	layer: string,
	cell: { row: number; column: number },
	units: number[]
): CellReader {
	const picked = tf.tensor1d(units, 'int32');
	const layers = model.architecture.layers;
	const last = layers.findIndex((l) => l.name === layer);
	if (last < 0) throw new Error(`The model has no layer named "${layer}"`);
	let first = last;
	while (first > 0 && reach(layers[first - 1]) !== null) first--;
	if (reach(layers[first]) === null) throw new Error(`${layer} changes the map's scale: it has no window to read on`);
	const windowed = layers.slice(first, last + 1);
	const below = first > 0 ? layers[first - 1].name : null;
	/** the window (on the map, clamped to it) that still has to be read when layers of total reach `half` remain */
	const windowOf = (size: number, half: number) => {
		const extent = Math.min(size, 2 * half + 1);
		const clamp = (centre: number) => Math.max(0, Math.min(size - extent, centre - half));
		return { top: clamp(cell.row), left: clamp(cell.column), extent };
	};
	return {
		read(images, edits = null) {
			return tf.tidy(() => {
				const batch = imageBatch(tf, images);
				const base = (below ? forward(tf, model, batch, { upTo: below })[below] : batch) as TF.Tensor4D;
				const size = base.shape[1];
				// each layer on the window the layers after it still need, then that window cut down again
				let remaining = windowed.reduce((sum, l) => sum + reach(l)!, 0);
				let at = { top: 0, left: 0, extent: size };
				let x: TF.Tensor = base;
				for (const spec of [null, ...windowed]) {
					if (spec) {
						x = applyLayer(tf, x, spec, model.weights, edits);
						remaining -= reach(spec)!;
					}
					const next = windowOf(size, remaining);
					x = tf.slice(
						x,
						[0, next.top - at.top, next.left - at.left, 0],
						[x.shape[0]!, next.extent, next.extent, x.shape[3]!]
					);
					at = next;
				}
				const c = x.shape[3]!;
				const atCell = tf.reshape(
					tf.slice(x, [0, cell.row - at.top, cell.column - at.left, 0], [x.shape[0]!, 1, 1, c]),
					[x.shape[0]!, c]
				);
				return tf.gather(atCell, picked, 1).arraySync() as number[][];
			});
		},
		dispose: () => picked.dispose()
	};
}

/** Each image's map of one unit of `layer`: maps[image][row][column]. */
export function unitMaps(
	tf: typeof TF,
	model: Model,
	images: Float32Array[],
	layer: string,
	unit: number
): number[][][] {
	return tf.tidy(() => {
		const a = forward(tf, model, imageBatch(tf, images), { upTo: layer })[layer] as TF.Tensor4D;
		const [n, h, w] = a.shape;
		return tf.reshape(tf.slice(a, [0, 0, 0, unit], [n, h, w, 1]), [n, h, w]).arraySync() as number[][][];
	});
}
