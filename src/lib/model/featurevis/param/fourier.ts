// Pictures as Fourier coefficients in decorrelated colour: smooth waves, the parameterisation that keeps the
// ascent from filling the picture with the high frequencies a network answers but a reader cannot see.
import type * as TF from '@tensorflow/tfjs-core';
import type { Rng } from '../../../world/rng';
import { dftBasis, spectrumScale, tiled } from '../matrices';
import type { Pictures } from './pictures';

type Tf = typeof TF;

export interface FourierOptions {
	/** one grey channel instead of colour */
	grey?: boolean;
	/** how fast the coefficients' scale falls with frequency; 1 by default */
	decay?: number;
	/** 3×3 matrix mapping decorrelated colour to RGB (rows: R, G, B); the identity by default */
	colour?: number[][];
}

const IDENTITY = [
	[1, 0, 0],
	[0, 1, 0],
	[0, 0, 1]
];

/**
 * `count` pictures of side `n`: the real and imaginary parts of each plane's spectrum, from a small random
 * start, drawn by inverse DFT (as real matrix products), colour and a sigmoid.
 */
export function fourierPictures(tf: Tf, n: number, count: number, rng: Rng, options: FourierOptions): Pictures {
	const channels = options.grey ? 1 : 3;
	const planes = count * channels;
	// the bases, once per plane (picture × channel): broadcasting them at every step would cost as much as the products
	const { cos, sin } = dftBasis(n);
	const C = tf.tensor3d(tiled(cos, planes), [planes, n, n]);
	const S = tf.tensor3d(tiled(sin, planes), [planes, n, n]);
	const spectrumScaleT = tf.tensor3d(spectrumScale(n, options.decay ?? 1), [1, n, n]);
	const colourT = tf.tensor2d((options.colour ?? IDENTITY).flat(), [3, 3]);
	const start = (k: number) => {
		const values = tf.tensor3d(
			Float32Array.from({ length: planes * n * n }, () => rng.normal(0, 0.01 * (k + 1))),
			[planes, n, n]
		);
		const variable = tf.variable(values);
		values.dispose();
		return variable;
	};
	const re = start(0);
	const im = start(1);
	return {
		render: () =>
			tf.tidy(() => {
				const a = tf.mul(re, spectrumScaleT) as TF.Tensor3D;
				const b = tf.mul(im, spectrumScaleT) as TF.Tensor3D;
				// x = Re(F⁻¹ (a + ib) F⁻¹) = C a C − S b C − C b S − S a S, per plane
				const both = (m: TF.Tensor3D, left: TF.Tensor3D, right: TF.Tensor3D) => tf.matMul(tf.matMul(left, m), right);
				const x = tf.sub(tf.sub(both(a, C, C), both(b, S, C)), tf.add(both(b, C, S), both(a, S, S)));
				const pixels = tf.transpose(tf.reshape(x, [count, channels, n, n]), [0, 2, 3, 1]);
				const rgb = options.grey
					? tf.tile(pixels, [1, 1, 1, 3])
					: tf.reshape(tf.matMul(tf.reshape(pixels, [count * n * n, 3]), colourT, false, true), [count, n, n, 3]);
				return tf.sigmoid(tf.mul(rgb, 2)) as TF.Tensor4D;
			}),
		variables: [re, im],
		dispose: () => tf.dispose([C, S, spectrumScaleT, colourT, re, im])
	};
}
