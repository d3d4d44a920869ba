// The hand-set curve network on tfjs: same weights and layers as handset-reference.ts, batched.
import type * as TF from '@tensorflow/tfjs-core';
import { INPUT_SIZE, withoutInhibition, type HandsetWeights } from './handset';
import type { ConvLayer } from './plain-conv';

type Tf = typeof TF;

/** Runs curve stimuli through the network and reads each curve detector at the image centre. */
export interface CurveNetwork {
	/** how many curve detectors it has */
	detectors: number;
	/** `images` holds `count` INPUT_SIZE² images back to back; returns count × detectors activations. */
	centreActivations(images: Float32Array, count: number, inhibition: boolean): Float32Array;
	dispose(): void;
}

export function handsetNetwork(tf: Tf, weights: HandsetWeights): CurveNetwork {
	const kernel = (layer: ConvLayer) => ({
		filter: tf.tensor4d(layer.kernel, [layer.size, layer.size, layer.inChannels, layer.outChannels]),
		bias: tf.tensor1d(layer.bias)
	});
	const lines = kernel(weights.lines);
	const earlyCurves = kernel(weights.earlyCurves);
	const curves = { on: kernel(weights.curves), off: kernel(withoutInhibition(weights.curves)) };
	const detectors = weights.curves.outChannels;

	const layer = (x: TF.Tensor4D, k: { filter: TF.Tensor4D; bias: TF.Tensor1D }) =>
		tf.relu(tf.add(tf.conv2d(x, k.filter, 1, 'same'), k.bias)) as TF.Tensor4D;

	return {
		detectors,
		centreActivations(images, count, inhibition) {
			return tf.tidy(() => {
				const x = tf.tensor4d(images, [count, INPUT_SIZE, INPUT_SIZE, 1]);
				const a1 = tf.maxPool(layer(x, lines), 2, 2, 'valid');
				const a2 = tf.maxPool(layer(a1, earlyCurves), 2, 2, 'valid');
				const a3 = layer(a2, inhibition ? curves.on : curves.off);
				// the image centre falls between the four central cells: average them
				const c = a3.shape[1] / 2 - 1;
				const centre = tf.mean(tf.slice(a3, [0, c, c, 0], [count, 2, 2, detectors]), [1, 2]);
				return centre.dataSync() as Float32Array;
			});
		},
		dispose() {
			for (const k of [lines, earlyCurves, curves.on, curves.off]) tf.dispose([k.filter, k.bias]);
		}
	};
}
