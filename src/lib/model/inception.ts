// The trained InceptionV1-style network on tfjs: a pure forward pass returning any layer's activations,
// with circuit edits (dropping or cutting edges between two layers) applied as data, never to the weights.
import type * as TF from '@tensorflow/tfjs-core';
import { branchKernel, branchOf, type Architecture, type MixedSpec } from './architecture';

type Tf = typeof TF;
export type WeightMap = Record<string, TF.Tensor>;

export interface Model {
	architecture: Architecture;
	classes: string[];
	weights: WeightMap;
}

/**
 * An edit to the edges from the units of one layer into the units of the next mixed block.
 * 'drop-negative' removes the negative part of each edge's expanded weights; 'cut' removes the edge.
 */
export interface EdgeEdit {
	/** the mixed block whose inputs are edited, e.g. 'mixed3b' (its sources are the layer before) */
	target: string;
	mode: 'drop-negative' | 'cut';
	pairs: { source: number; target: number }[];
}

export interface ForwardOptions {
	/** stop after this layer (default: run to the logits) */
	upTo?: string;
	edits?: EdgeEdit[];
}

const pad = (k: number): [[number, number], [number, number], [number, number], [number, number]] => [
	[0, 0],
	[Math.floor(k / 2), Math.floor(k / 2)],
	[Math.floor(k / 2), Math.floor(k / 2)],
	[0, 0]
];

function conv(tf: Tf, x: TF.Tensor4D, weights: WeightMap, name: string, stride = 1, extra?: TF.Tensor4D) {
	const kernel = weights[`${name}/kernel`] as TF.Tensor4D;
	let z: TF.Tensor4D = tf.add(tf.conv2d(x, kernel, stride, pad(kernel.shape[0])), weights[`${name}/bias`]);
	if (extra) z = tf.add(z, extra);
	return tf.relu(z) as TF.Tensor4D;
}

/**
 * The expanded weights from every input channel of a mixed block into one of its units: the branch's
 * bottleneck and kernel multiplied out (the ReLU between them ignored), padded to 5×5. HWI layout.
 */
export function expandedKernel(tf: Tf, spec: MixedSpec, weights: WeightMap, unit: number): TF.Tensor3D {
	return tf.tidy(() => {
		const { branch, index } = branchOf(spec, unit);
		const name = `${spec.name}/${branch}`;
		let k: TF.Tensor3D;
		if (branch === 'b1' || branch === 'pool') {
			k = tf.reshape(tf.slice(weights[`${name}/kernel`], [0, 0, 0, index], [1, 1, spec.in, 1]), [1, 1, spec.in]);
		} else {
			const size = branchKernel[branch];
			const reduce = tf.reshape(weights[`${spec.name}/${branch}r/kernel`], [spec.in, -1]) as TF.Tensor2D;
			const outer = tf.reshape(tf.slice(weights[`${name}/kernel`], [0, 0, 0, index], [size, size, -1, 1]), [size * size, -1]) as TF.Tensor2D;
			k = tf.reshape(tf.matMul(outer, reduce, false, true), [size, size, spec.in]);
		}
		const p = (5 - k.shape[0]) / 2;
		return tf.pad(k, [[p, p], [p, p], [0, 0]]) as TF.Tensor3D;
	});
}

/** The extra pre-activation an edit adds to each branch of a block: a conv of the block's input. */
function editCorrections(tf: Tf, spec: MixedSpec, weights: WeightMap, edits: EdgeEdit[]) {
	const byBranch = new Map<string, TF.Tensor4D>();
	for (const edit of edits.filter((e) => e.target === spec.name))
		for (const pair of edit.pairs) {
			const { branch, index } = branchOf(spec, pair.target);
			const kernel = tf.tidy(() => {
				const full = tf.slice(expandedKernel(tf, spec, weights, pair.target), [0, 0, pair.source], [5, 5, 1]);
				const removed = edit.mode === 'cut' ? full : tf.minimum(full, 0);
				// a 5×5×in×branch kernel that is zero but for this one source → target pair
				const paddings: [number, number][] = [[0, 0], [0, 0], [pair.source, spec.in - pair.source - 1], [index, spec[branch] - index - 1]];
				return tf.pad(tf.reshape(tf.neg(removed), [5, 5, 1, 1]), paddings) as TF.Tensor4D;
			});
			const previous = byBranch.get(branch);
			byBranch.set(branch, previous ? tf.add(previous, kernel) : kernel);
			if (previous) tf.dispose([previous, kernel]);
		}
	return byBranch;
}

function mixed(tf: Tf, x: TF.Tensor4D, spec: MixedSpec, weights: WeightMap, edits: EdgeEdit[]) {
	const corrections = editCorrections(tf, spec, weights, edits);
	const extra = (branch: string) => {
		const kernel = corrections.get(branch);
		return kernel ? (tf.conv2d(x, kernel, 1, pad(5)) as TF.Tensor4D) : undefined;
	};
	const n = spec.name;
	const b1 = conv(tf, x, weights, `${n}/b1`, 1, extra('b1'));
	const b3 = conv(tf, conv(tf, x, weights, `${n}/b3r`), weights, `${n}/b3`, 1, extra('b3'));
	const b5 = conv(tf, conv(tf, x, weights, `${n}/b5r`), weights, `${n}/b5`, 1, extra('b5'));
	const pooled = conv(tf, tf.maxPool(x, 3, 1, 'same'), weights, `${n}/pool`, 1, extra('pool'));
	tf.dispose([...corrections.values()]);
	return tf.concat([b1, b3, b5, pooled], 3) as TF.Tensor4D;
}

/**
 * Runs `images` (NHWC, values in [0, 1]) through the network and returns every named layer's
 * activations up to `upTo`. Pure: the weights are read, never changed. Call inside tf.tidy or
 * dispose the returned tensors.
 */
export function forward(tf: Tf, model: Model, images: TF.Tensor4D, options: ForwardOptions = {}): Record<string, TF.Tensor> {
	const { upTo, edits = [] } = options;
	const out: Record<string, TF.Tensor> = {};
	let x: TF.Tensor = images;
	for (const spec of model.architecture.layers) {
		const result: TF.Tensor = tf.tidy(() => {
			const input = x as TF.Tensor4D;
			if (spec.type === 'conv') return conv(tf, input, model.weights, spec.name, spec.stride);
			if (spec.type === 'maxpool') return tf.maxPool(input, spec.kernel, spec.stride, 'valid');
			if (spec.type === 'mixed') return mixed(tf, input, spec, model.weights, edits);
			const pooled = tf.mean(input, [1, 2]) as TF.Tensor2D;
			return tf.add(tf.matMul(pooled, model.weights[`${spec.name}/kernel`] as TF.Tensor2D), model.weights[`${spec.name}/bias`]);
		});
		out[spec.name] = result;
		x = result;
		if (spec.name === upTo) break;
	}
	if (upTo && !(upTo in out)) {
		tf.dispose(Object.values(out));
		throw new Error(`The model has no layer named "${upTo}"`);
	}
	return out;
}
