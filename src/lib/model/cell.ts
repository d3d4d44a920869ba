// Reading some units of a mixed block at one cell, fast: the block below in full, then the block itself only
// on the window of the map below that the cell sees.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch, mixed, type Model } from './inception';
import { layerBefore, type MixedSpec } from './architecture';
import type { CompiledEdits } from './edits';

/**
 * The window of the block below that one cell of a mixed block reads: its widest branch (a 5×5 convolution,
 * after at most a 1×1 bottleneck) reaches two cells either side, the pooling branch one. On that window the
 * cell's value is the whole map's: the padding around the window lies beyond every branch's reach.
 */
const HALF = 2;
const WINDOW = 2 * HALF + 1;

export interface CellReader {
	/** activations[image][k] of the k-th of the units at the cell, the block's weights edited where asked */
	read(images: Float32Array[], edits?: CompiledEdits | null): number[][];
	dispose(): void;
}

/** A reader of `units` of the mixed block `layer` at `cell`: the same numbers as the whole map there, for a tenth of the block's work. */
export function cellReader(tf: typeof TF, model: Model, layer: string, cell: { row: number; column: number }, units: number[]): CellReader {
	const picked = tf.tensor1d(units, 'int32');
	const spec = model.architecture.layers.find((l) => l.name === layer);
	if (spec?.type !== 'mixed') throw new Error(`${layer} is not a mixed block`);
	const before = layerBefore(model.architecture, layer);
	return {
		read(images, edits = null) {
			return tf.tidy(() => {
				const below = forward(tf, model, imageBatch(tf, images), { upTo: before })[before] as TF.Tensor4D;
				const [n, size, , channels] = below.shape;
				const top = Math.max(0, Math.min(size - WINDOW, cell.row - HALF));
				const left = Math.max(0, Math.min(size - WINDOW, cell.column - HALF));
				const window = tf.slice(below, [0, top, left, 0], [n, WINDOW, WINDOW, channels]);
				const a = mixed(tf, window, spec as MixedSpec, model.weights, edits);
				const atCell = tf.reshape(tf.slice(a, [0, cell.row - top, cell.column - left, 0], [n, 1, 1, a.shape[3]]), [n, a.shape[3]]);
				return tf.gather(atCell, picked, 1).arraySync() as number[][];
			});
		},
		dispose: () => picked.dispose()
	};
}

/** Each image's map of one unit of `layer`: maps[image][row][column]. */
export function unitMaps(tf: typeof TF, model: Model, images: Float32Array[], layer: string, unit: number): number[][][] {
	return tf.tidy(() => {
		const a = forward(tf, model, imageBatch(tf, images), { upTo: layer })[layer] as TF.Tensor4D;
		const [n, h, w] = a.shape;
		return tf.reshape(tf.slice(a, [0, 0, 0, unit], [n, h, w, 1]), [n, h, w]).arraySync() as number[][][];
	});
}
