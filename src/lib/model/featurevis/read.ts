// What the objectives read of the network: the block's output before its ReLU and the layer below it,
// for one cell run only on the part of the image that cell sees.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, mixed } from '../inception';
import type { Model } from '../types';
import { layerBefore, layerStride, receptiveField, type MixedSpec } from '../architecture';
import { withFastInputGradients } from '../input-gradients';

type Tf = typeof TF;

export interface Cell {
	row: number;
	column: number;
}

/**
 * Cells of the layer below kept either side of the objective's cell: more than the block's widest branch reaches (two).
 */
const MARGIN = 4;

export interface ReaderOptions {
	layer: string;
	spec: MixedSpec;
	objective: 'neuron' | 'channel';
	/** the neuron objective's cell; the centre by default */
	cell?: Cell;
	/** the image's side */
	size: number;
}

/** Reads a run's images through the network, up to the block it visualises. */
export function networkReader(tf: Tf, model: Model, options: ReaderOptions) {
	const { layer, spec, objective, size } = options;
	// the network's convolutions, with their input gradients computed as forward convolutions (the same numbers)
	const { tf: fast, dispose } = withFastInputGradients(tf);
	const before = layerBefore(model.architecture, layer);
	/** the objective's cell, at the scale of the block's map (which is the layer below's) */
	const cellOf = (mapSize: number) => options.cell ?? { row: Math.floor(mapSize / 2), column: Math.floor(mapSize / 2) };
	/** for one cell: the part of the image it sees, which is all the network need be run on */
	const window =
		objective === 'neuron'
			? readWindow(model, layer, size, cellOf(size / layerStride(model.architecture, layer)))
			: null;
	return {
		/**
		 * The block's output before its ReLU (so that a unit silent on the first grey picture still has a
		 * gradient to climb), the layer below (for the diversity term), and where in the block's map the
		 * objective's cell lies. For one cell the network runs on the part of the image the cell sees, and the
		 * block on the window of the layer below that the cell reads.
		 */
		read(images: TF.Tensor4D): { block: TF.Tensor4D; below: TF.Tensor4D; at: Cell } {
			const input = window
				? tf.slice(images, [0, window.top, window.left, 0], [-1, window.size, window.size, 3])
				: images;
			let below = forward(fast, model, input, { upTo: before })[before] as TF.Tensor4D;
			const mapSize = below.shape[1];
			const cell = window?.cell ?? cellOf(mapSize);
			let at = cell;
			if (objective === 'neuron') {
				const top = Math.max(0, Math.min(mapSize - 2 * MARGIN - 1, cell.row - MARGIN));
				const left = Math.max(0, Math.min(mapSize - 2 * MARGIN - 1, cell.column - MARGIN));
				const extent = Math.min(mapSize, 2 * MARGIN + 1);
				below = tf.slice(below, [0, top, left, 0], [-1, extent, extent, below.shape[3]]);
				at = { row: cell.row - top, column: cell.column - left };
			}
			return { block: mixed(fast, below, spec, model.weights, null, false), below, at };
		},
		/**
		 * Each image's unit as the network outputs it (after its ReLU), on the whole image: at the cell, or its map's mean.
		 */
		outputs(images: TF.Tensor4D, unit: number): TF.Tensor1D {
			const a = forward(tf, model, images, { upTo: layer })[layer] as TF.Tensor4D;
			const [count, h, w] = a.shape;
			const channel = tf.slice(a, [0, 0, 0, unit], [count, h, w, 1]);
			const cell = cellOf(h);
			return objective === 'channel'
				? (tf.mean(channel, [1, 2, 3]) as TF.Tensor1D)
				: tf.reshape(tf.slice(channel, [0, cell.row, cell.column, 0], [count, 1, 1, 1]), [count]);
		},
		dispose
	};
}

/**
 * Where, in the image's pixels (x right, y down, from its corner), the objective's cell is centred: the image's centre
 * for a whole channel.
 */
export function cellCentre(
	model: Model,
	layer: string,
	size: number,
	objective: 'neuron' | 'channel',
	cell?: Cell
): { x: number; y: number } {
	if (objective === 'channel') return { x: size / 2, y: size / 2 };
	const stride = layerStride(model.architecture, layer);
	const middle = Math.floor(size / stride / 2);
	const { row, column } = cell ?? { row: middle, column: middle };
	return { x: column * stride + stride / 2, y: row * stride + stride / 2 };
}

/**
 * The part of the image one cell of `layer` sees, widened to whole cells of its map, so that the network run
 * on that part alone gives the cell the same value as on the whole image (and costs less): null where the
 * part would be the whole image, or where the cell sees past the image's edge (its padding then counts).
 */
export function readWindow(model: Model, layer: string, size: number, cell: Cell) {
	const stride = layerStride(model.architecture, layer);
	const half = receptiveField(model.architecture, layer) / 2;
	const span = (at: number) => {
		const centre = at * stride + stride / 2;
		return [Math.floor((centre - half) / stride) * stride, Math.ceil((centre + half) / stride) * stride];
	};
	const [[top, bottom], [left, right]] = [span(cell.row), span(cell.column)];
	if (top < 0 || left < 0 || bottom > size || right > size) return null;
	const extent = Math.max(bottom - top, right - left);
	if (extent >= size || top + extent > size || left + extent > size) return null;
	return { top, left, size: extent, cell: { row: cell.row - top / stride, column: cell.column - left / stride } };
}
