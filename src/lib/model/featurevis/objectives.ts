// The objectives a run climbs: each a scalar read off one step, and they add and scale, so that a run's
// objective is written as a sum (the unit's value, less a weight of how alike the pictures are).
import type * as TF from '@tensorflow/tfjs-core';
import { forward } from '../inception';
import type { Model } from '../types';
import { layerBefore } from '../architecture';
import type { Cell } from './read';
import { toInputRange } from './transforms';

type Tf = typeof TF;

/** What the objectives read off one step. */
export interface Reading {
	/** each picture's value of the unit (see unitValues) */
	values: TF.Tensor1D;
	/** the layer below the block, [count, h, w, c] */
	below: TF.Tensor4D;
	/** the pictures as parameterised, before their transforms; null for a stroke, drawn already moved */
	pictures: TF.Tensor4D | null;
}

/** A scalar to climb, read off one step; objectives add and scale into others. */
export class Objective {
	constructor(
		private readonly tf: Tf,
		readonly of: (reading: Reading) => TF.Scalar
	) {}
	add(other: Objective): Objective {
		return new Objective(this.tf, (r) => this.tf.add(this.of(r), other.of(r)) as TF.Scalar);
	}
	scale(weight: number): Objective {
		return new Objective(this.tf, (r) => this.tf.mul(this.of(r), weight) as TF.Scalar);
	}
}

/** The unit's value, the mean over the pictures. */
export const unitMean = (tf: Tf) => new Objective(tf, (r) => tf.mean(r.values) as TF.Scalar);

/** How alike the pictures are to the layer below (their Gram matrices'): weighed negative, it pushes them apart. */
export const likeness = (tf: Tf) => new Objective(tf, (r) => gramSimilarity(tf, r.below));

/**
 * How far the pictures stray from mid-grey (their mean absolute deviation): weighed negative, what the unit
 * does not need fades, and what it needs stands out.
 */
export const greyDistance = (tf: Tf) =>
	new Objective(tf, (r) => {
		if (!r.pictures) throw new Error('how plain a picture is reads the pictures as parameterised');
		return tf.mean(tf.abs(tf.sub(r.pictures, 0.5))) as TF.Scalar;
	});

export interface UnitTarget {
	layer: string;
	unit: number;
	/** 'neuron': the unit at one cell; 'channel': its whole map */
	objective: 'neuron' | 'channel';
	sign: 1 | -1;
	/** other units of the block whose mean is subtracted from the unit's value */
	against: number[];
	/** how many units the block has */
	channels: number;
}

/** Each picture's value of the unit, read off the block's output before its ReLU. */
export function unitValues(tf: Tf, target: UnitTarget) {
	const { layer, unit, objective, sign, channels } = target;
	const others = target.against.filter((u) => u !== unit);
	const weighing = others.length
		? tf.tensor2d(
				Array.from({ length: channels }, (_, u) => (u === unit ? 1 : others.includes(u) ? -1 / others.length : 0)),
				[channels, 1]
			)
		: null;
	/**
	 * A channel's objective: its mean after the ReLU, as the map reads out, plus a tenth of its mean before it,
	 * so that cells still below zero have a gradient too. The mean before the ReLU alone can rise while no
	 * cell fires (a detector of one thing in one place is mostly far below zero): it turned some curve units'
	 * whole maps less off than the picture meant to turn them off.
	 */
	const channelMean = (channel: TF.Tensor4D) =>
		tf.add(
			tf.mean(tf.relu(channel), [1, 2, 3]),
			tf.mul(tf.mean(channel, [1, 2, 3]), sign === 1 ? 0.1 : 1)
		) as TF.Tensor1D;
	return {
		/** the values from the block's output ([count, h, w, c]), the neuron objective's cell at `at` */
		of(block: TF.Tensor4D, at: Cell): TF.Tensor1D {
			const [count, h, w, c] = block.shape;
			if (unit >= c) throw new Error(`${layer} has no unit ${unit}`);
			if (!weighing) {
				const channel = tf.slice(block, [0, 0, 0, unit], [count, h, w, 1]);
				return objective === 'channel'
					? channelMean(channel)
					: tf.reshape(tf.slice(channel, [0, at.row, at.column, 0], [count, 1, 1, 1]), [count]);
			}
			// the unit less the others' mean, as one product with a column of weights (1 for it, −1/k for each other)
			const all =
				objective === 'channel'
					? tf.mean(block, [1, 2])
					: tf.reshape(tf.slice(block, [0, at.row, at.column, 0], [count, 1, 1, c]), [count, c]);
			return tf.reshape(tf.matMul(all, weighing), [count]);
		},
		dispose: () => weighing?.dispose()
	};
}

/**
 * How alike a batch of pictures is in a layer's activations ([count, h, w, c]): the mean cosine similarity of their
 * Gram matrices over distinct pairs.
 */
function gramSimilarity(tf: Tf, activations: TF.Tensor4D): TF.Scalar {
	const [count, h, w, c] = activations.shape;
	const features = tf.reshape(activations, [count, h * w, c]);
	const grams = tf.reshape(tf.matMul(features, features, true, false), [count, c * c]);
	const unit = tf.div(grams, tf.add(tf.sqrt(tf.sum(tf.square(grams), 1, true)), 1e-6));
	const cosines = tf.matMul(unit, unit, false, true);
	return tf.div(tf.sub(tf.sum(cosines), tf.sum(tf.mul(cosines, tf.eye(count)))), count * (count - 1)) as TF.Scalar;
}

/**
 * How alike finished pictures are to the network: the mean cosine similarity, over distinct pairs, of their
 * Gram matrices in the layer below `layer` (the quantity the diversity term pushes down), on the pictures
 * as they are (RGB in [0, 1], mapped into `inputRange` as a run maps them). 1 for identical pictures; lower the
 * more they differ in what the layer below sees.
 */
export function pictureSimilarity(
	tf: Tf,
	model: Model,
	layer: string,
	images: Float32Array[],
	inputRange: readonly [number, number] = [0, 1]
): number {
	if (images.length < 2) throw new Error('similarity needs two pictures or more');
	const size = Math.round(Math.sqrt(images[0].length / 3));
	if (images.some((image) => image.length !== size * size * 3)) throw new Error('pictures must be square and alike');
	const below = layerBefore(model.architecture, layer);
	const toInput = toInputRange(tf, inputRange);
	return tf.tidy(() => {
		const pixels = Float32Array.from(images.flatMap((image) => Array.from(image)));
		const batch = toInput(tf.tensor4d(pixels, [images.length, size, size, 3]));
		const a = forward(tf, model, batch, { upTo: below })[below] as TF.Tensor4D;
		return (gramSimilarity(tf, a).dataSync() as Float32Array)[0];
	});
}
