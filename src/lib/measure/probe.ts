// Reading units off the network for batches of stimuli: at one cell, over the centre of the map or the whole
// of it, or their maximum over space. Runs wherever tfjs does (the analysis in Node, the widgets in the browser).
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch } from '../model/inception';
import type { Model } from '../model/types';
import type { CompiledEdits } from '../model/types';
import { IMAGE_SIZE } from '../world/scenes';

type Tf = typeof TF;

/**
 * Where a unit is read: one cell, the mean over the central square of the map or over the whole map,
 * or its maximum over space.
 */
export type Readout = { row: number; column: number } | 'central' | 'mean' | 'max';

export interface Probe {
	/** activations[image][unit] of `layer`, read as `readout` says */
	read(images: Float32Array[], layer: string, readout: Readout, edits?: CompiledEdits | null): number[][];
	/** the same for several layers from one pass through the network: activations[layer][image][unit] */
	readLayers(
		images: Float32Array[],
		layers: string[],
		readout: Readout,
		edits?: CompiledEdits | null
	): Record<string, number[][]>;
	/** the network's class logits for each image */
	logits(images: Float32Array[], edits?: CompiledEdits | null): number[][];
}

const BATCH = 32;

export function probe(tf: Tf, model: Model): Probe {
	/** Runs `run` over the images in batches; `run` returns one row of numbers per image as a 2D tensor. */
	const batches = (images: Float32Array[], run: (batch: TF.Tensor4D) => TF.Tensor2D): number[][] => {
		const out: number[][] = [];
		for (let i = 0; i < images.length; i += BATCH) {
			const chunk = images.slice(i, i + BATCH);
			const rows = tf.tidy(() => run(imageBatch(tf, chunk)));
			out.push(...rows.arraySync());
			rows.dispose();
		}
		return out;
	};
	const readOut = (a: TF.Tensor4D | TF.Tensor2D, readout: Readout): TF.Tensor2D => {
		// the logits have no map to read from: they are one row per image already
		if (a.rank === 2) return a as TF.Tensor2D;
		const [n, size, , c] = (a as TF.Tensor4D).shape;
		if (readout === 'max') return tf.reshape(tf.max(a, [1, 2]), [n, c]) as TF.Tensor2D;
		if (readout === 'mean') return tf.reshape(tf.mean(a, [1, 2]), [n, c]) as TF.Tensor2D;
		if (readout === 'central') {
			const { start, extent } = centralSquare(size);
			return tf.reshape(tf.mean(tf.slice(a, [0, start, start, 0], [n, extent, extent, c]), [1, 2]), [
				n,
				c
			]) as TF.Tensor2D;
		}
		return tf.reshape(tf.slice(a, [0, readout.row, readout.column, 0], [n, 1, 1, c]), [n, c]) as TF.Tensor2D;
	};
	const readLayers: Probe['readLayers'] = (images, layers, readout, edits = null) => {
		const order = model.architecture.layers.map((l) => l.name);
		const deepest = layers.reduce((a, b) => (order.indexOf(a) >= order.indexOf(b) ? a : b));
		let widths: number[] = [];
		// one pass to the deepest layer; each layer's readout side by side in one row per image
		const rows = batches(images, (x) => {
			const acts = forward(tf, model, x, { upTo: deepest, edits });
			const parts = layers.map((layer) => readOut(acts[layer] as TF.Tensor4D | TF.Tensor2D, readout));
			widths = parts.map((t) => t.shape[1]);
			return tf.concat(parts, 1) as TF.Tensor2D;
		});
		const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
		return Object.fromEntries(
			layers.map((layer, i) => [layer, rows.map((row) => row.slice(starts[i], starts[i] + widths[i]))])
		);
	};
	return {
		read: (images, layer, readout, edits = null) => readLayers(images, [layer], readout, edits)[layer],
		readLayers,
		logits(images, edits = null) {
			return batches(images, (x) => forward(tf, model, x, { edits })['logits'] as TF.Tensor2D);
		}
	};
}

/** The centre cell of a layer's map, and where (relative to the image centre, y up) its receptive field is centred. */
export function centreCell(mapSize: number) {
	const cell = Math.floor(mapSize / 2);
	const stride = IMAGE_SIZE / mapSize;
	const pixel = cell * stride + stride / 2;
	return { cell: { row: cell, column: cell }, shift: { x: pixel - IMAGE_SIZE / 2, y: IMAGE_SIZE / 2 - pixel } };
}

/**
 * The cells whose receptive fields are centred in the middle 16×16 pixels of the image. The square is
 * symmetric under a left-right flip, so a unit that does not care which way a thing faces reads the
 * same for an image and its mirror image.
 */
export function centralSquare(mapSize: number) {
	const extent = Math.max(2, (mapSize * 16) / IMAGE_SIZE);
	return { start: (mapSize - extent) / 2, extent };
}
