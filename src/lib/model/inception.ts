// The trained InceptionV1-style network on tfjs: a pure forward pass returning any layer's activations,
// with circuit edits (compiled by edits.ts) applied as data, never to the weights.
import type * as TF from '@tensorflow/tfjs-core';
import { bottleneckOf, branchesOf, type Branch, type LayerSpec, type MixedSpec } from './architecture';
import type { CompiledEdits, Model, WeightMap } from './types';

type Tf = typeof TF;
export interface ForwardOptions {
	/** stop after this layer (default: run to the logits) */
	upTo?: string;
	/** circuit edits, compiled once per edit set (compileEdits) */
	edits?: CompiledEdits | null;
}

const pad = (k: number): [[number, number], [number, number], [number, number], [number, number]] => [
	[0, 0],
	[Math.floor(k / 2), Math.floor(k / 2)],
	[Math.floor(k / 2), Math.floor(k / 2)],
	[0, 0]
];

const convPre = (tf: Tf, x: TF.Tensor4D, kernel: TF.Tensor4D, bias: TF.Tensor, stride = 1) =>
	tf.add(tf.conv2d(x, kernel, stride, pad(kernel.shape[0])), bias) as TF.Tensor4D;

function conv(tf: Tf, x: TF.Tensor4D, weights: WeightMap, name: string, stride = 1) {
	return tf.relu(
		convPre(tf, x, weights[`${name}/kernel`] as TF.Tensor4D, weights[`${name}/bias`], stride)
	) as TF.Tensor4D;
}

/** One branch of a mixed block: its bottleneck (if any), its kernel, the edits that touch it, its ReLU. */
function branch(
	tf: Tf,
	x: TF.Tensor4D,
	spec: MixedSpec,
	weights: WeightMap,
	which: Branch,
	edits: CompiledEdits | null,
	relu = true
) {
	const name = `${spec.name}/${which}`;
	const kernel = (edits?.kernels.get(`${name}/kernel`) ?? weights[`${name}/kernel`]) as TF.Tensor4D;
	const bias = weights[`${name}/bias`];
	const reduce = (input: TF.Tensor4D) => (bottleneckOf(spec, which) ? conv(tf, input, weights, `${name}r`) : input);
	const input = which === 'pool' ? (tf.maxPool(x, 3, 1, 'same') as TF.Tensor4D) : x;
	let z = convPre(tf, reduce(input), kernel, bias);
	const reroute = edits?.reroutes.get(name);
	if (reroute) {
		z = tf.mul(z, reroute.keep) as TF.Tensor4D;
		for (const g of reroute.groups) {
			const recomputed = convPre(tf, reduce(tf.mul(x, g.mask) as TF.Tensor4D), g.kernel, g.bias);
			z = tf.add(z, tf.conv2d(recomputed, g.scatter, 1, 'valid')) as TF.Tensor4D;
		}
	}
	const correction = edits?.corrections.get(name);
	if (correction) z = tf.add(z, tf.conv2d(x, correction, 1, pad(5))) as TF.Tensor4D;
	return relu ? (tf.relu(z) as TF.Tensor4D) : z;
}

/** RGB images (size² × 3 floats each, all the same size) as one batch tensor. */
export function imageBatch(tf: Tf, images: Float32Array[]): TF.Tensor4D {
	const pixels = images[0]?.length ?? 0;
	const size = Math.round(Math.sqrt(pixels / 3));
	const data = new Float32Array(images.length * pixels);
	images.forEach((image, i) => data.set(image, i * pixels));
	return tf.tensor4d(data, [images.length, size, size, 3]);
}

/**
 * A mixed block applied to `x` (its input layer's activations, or any window of them);
 * before its ReLUs when `relu` is false.
 */
export function mixed(
	tf: Tf,
	x: TF.Tensor4D,
	spec: MixedSpec,
	weights: WeightMap,
	edits: CompiledEdits | null,
	relu = true
) {
	return tf.concat(
		branchesOf(spec).map((b) => branch(tf, x, spec, weights, b, edits, relu)),
		3
	) as TF.Tensor4D;
}

/** One layer of the network applied to `x` (its input, or for a conv or mixed layer any window of it). */
export function applyLayer(
	tf: Tf,
	x: TF.Tensor,
	spec: LayerSpec,
	weights: WeightMap,
	edits: CompiledEdits | null
): TF.Tensor {
	const input = x as TF.Tensor4D;
	if (spec.type === 'conv') return conv(tf, input, weights, spec.name, spec.stride);
	if (spec.type === 'maxpool') return tf.maxPool(input, spec.kernel, spec.stride, 'valid');
	if (spec.type === 'mixed') return mixed(tf, input, spec, weights, edits);
	const pooled = tf.mean(input, [1, 2]) as TF.Tensor2D;
	return tf.add(tf.matMul(pooled, weights[`${spec.name}/kernel`] as TF.Tensor2D), weights[`${spec.name}/bias`]);
}

/**
 * Runs `images` (NHWC, values in [0, 1]) through the network and returns every named layer's
 * activations up to `upTo`. Pure: the weights are read, never changed. Call inside tf.tidy or
 * dispose the returned tensors.
 */
export function forward(
	tf: Tf,
	model: Model,
	images: TF.Tensor4D,
	options: ForwardOptions = {}
): Record<string, TF.Tensor> {
	const { upTo, edits = null } = options;
	const out: Record<string, TF.Tensor> = {};
	let x: TF.Tensor = images;
	for (const spec of model.architecture.layers) {
		const input = x;
		const result: TF.Tensor = tf.tidy(() => applyLayer(tf, input, spec, model.weights, edits));
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
