// Faster input gradients for feature visualization. tfjs's WebAssembly backend computes a convolution's
// gradient with respect to its input (Conv2DBackpropInput) in plain loops, many times slower than its
// forward convolution; for a stride-1 convolution with symmetric padding that gradient is itself a
// forward convolution, of the output's gradient with the kernel turned 180° and its input and output
// channels swapped. `withFastInputGradients(tf)` gives tf with conv2d computing its input gradient that way
// (and the same values forward), for passes whose kernels are constants (the loaded weights), and what lets
// go of the turned kernels it made.
import type * as TF from '@tensorflow/tfjs-core';

type Tf = typeof TF;
type Pad = Parameters<Tf['conv2d']>[3];

/** A stride-1 convolution's padding that keeps its size the same on both sides, for an odd kernel. */
const isSymmetricSame = (pad: Pad, k: number) =>
	k % 2 === 1 &&
	(pad === 'same' ||
		(Array.isArray(pad) &&
			pad.every(([a, b], i) => (i === 1 || i === 2 ? a === (k - 1) / 2 && b === (k - 1) / 2 : a === 0 && b === 0))));

export function withFastInputGradients(tf: Tf): { tf: Tf; dispose(): void } {
	// per kernel: the turned kernel and the custom-gradient convolution, made once
	const made = new Map<TF.Tensor, (x: TF.Tensor4D) => TF.Tensor4D>();
	const turnedKernels: TF.Tensor[] = [];
	const convolve = (kernel: TF.Tensor4D, pad: Pad) => {
		let f = made.get(kernel);
		if (!f) {
			const turned = tf.keep(tf.tidy(() => tf.transpose(tf.reverse(kernel, [0, 1]), [0, 1, 3, 2]) as TF.Tensor4D));
			turnedKernels.push(turned);
			const forward = (x: TF.Tensor4D) => ({
				value: tf.conv2d(x, kernel, 1, pad),
				gradFunc: (dy: TF.Tensor4D) => tf.conv2d(dy, turned, 1, pad)
			});
			f = tf.customGrad(forward as unknown as Parameters<Tf['customGrad']>[0]) as unknown as (
				x: TF.Tensor4D
			) => TF.Tensor4D;
			made.set(kernel, f);
		}
		return f;
	};
	const conv2d = ((
		x: TF.Tensor4D,
		filter: TF.Tensor4D,
		strides: number | [number, number],
		pad: Pad,
		...rest: unknown[]
	) => {
		const stride1 = strides === 1 || (Array.isArray(strides) && strides[0] === 1 && strides[1] === 1);
		if (!stride1 || rest.length || !isSymmetricSame(pad, filter.shape[0]) || filter.shape[0] !== filter.shape[1])
			return tf.conv2d(x, filter, strides, pad);
		return convolve(filter, pad)(x);
	}) as Tf['conv2d'];
	return {
		tf: { ...tf, conv2d },
		dispose() {
			tf.dispose(turnedKernels);
			turnedKernels.length = 0;
			made.clear();
		}
	};
}
