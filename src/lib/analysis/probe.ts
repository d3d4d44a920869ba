// Reading units off the network for batches of stimuli: at the centre of their receptive field, or their maximum over space.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, type EdgeEdit, type Model } from '../model/inception';
import { IMAGE_SIZE } from '../world/scenes';

type Tf = typeof TF;

export interface Probe {
	/** activations[image][unit] of `layer`, read at `cell` (or the spatial maximum when cell is null) */
	read(images: Float32Array[], layer: string, cell: { row: number; column: number } | null, edits?: EdgeEdit[]): number[][];
	/** the network's class probabilities for each image */
	probabilities(images: Float32Array[]): number[][];
}

const BATCH = 32;

export function probe(tf: Tf, model: Model): Probe {
	/** Runs `run` over the images in batches; `run` returns one row of numbers per image as a 2D tensor. */
	const batches = (images: Float32Array[], run: (batch: TF.Tensor4D) => TF.Tensor2D): number[][] => {
		const out: number[][] = [];
		for (let i = 0; i < images.length; i += BATCH) {
			const chunk = images.slice(i, i + BATCH);
			const data = new Float32Array(chunk.length * IMAGE_SIZE * IMAGE_SIZE * 3);
			chunk.forEach((image, k) => data.set(image, k * image.length));
			const rows = tf.tidy(() => run(tf.tensor4d(data, [chunk.length, IMAGE_SIZE, IMAGE_SIZE, 3])));
			out.push(...rows.arraySync());
			rows.dispose();
		}
		return out;
	};
	return {
		read(images, layer, cell, edits = []) {
			return batches(images, (x) => {
				const a = forward(tf, model, x, { upTo: layer, edits })[layer] as TF.Tensor4D;
				const [n, , , c] = a.shape;
				const picked = cell ? tf.slice(a, [0, cell.row, cell.column, 0], [n, 1, 1, c]) : tf.max(a, [1, 2], true);
				return tf.reshape(picked, [n, c]) as TF.Tensor2D;
			});
		},
		probabilities(images) {
			return batches(images, (x) => tf.softmax(forward(tf, model, x)['logits'] as TF.Tensor2D));
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
