// Feature visualization (Olah, Mordvintsev and Schubert, Distill 2017): gradient ascent on the input to
// excite one unit (at the centre of its map) or a whole channel, with what makes the pictures readable:
// the image parameterised as Fourier coefficients scaled down with frequency, colours decorrelated by a
// fixed 3×3 matrix, and fresh jitter, scale and rotation at every step. Deterministic for a seed; runs
// on any tfjs backend (the inverse Fourier transform is written as matrix products, which every backend
// can differentiate).
import type * as TF from '@tensorflow/tfjs-core';
import { forward, type Model } from './inception';
import { Rng } from '../world/rng';

type Tf = typeof TF;

export interface FeatureVisOptions {
	layer: string;
	unit: number;
	/** 'neuron': the unit at the centre of its map; 'channel': its mean over the whole map */
	objective: 'neuron' | 'channel';
	/** 1 to excite the unit, −1 to find what turns it off */
	sign: 1 | -1;
	seed: number;
	/** image side in pixels (the network's input size) */
	size?: number;
	learningRate?: number;
	/** how fast the coefficients' scale falls with frequency */
	decay?: number;
	/** 3×3 matrix mapping decorrelated colour to RGB (rows: R, G, B); the identity by default */
	colour?: number[][];
	/** jitter in pixels, scales and rotations (degrees) drawn afresh at every step */
	jitter?: number;
	scales?: number[];
	rotations?: number[];
}

export interface FeatureVis {
	/** takes `n` steps; returns the objective after the last */
	step(n?: number): number;
	/** the current image, size² RGB values in [0, 1] */
	image(): Float32Array;
	/** the unit's activation (at the centre, or its channel mean) on the current image, untransformed */
	activation(): number;
	readonly steps: number;
	dispose(): void;
}

const IDENTITY = [
	[1, 0, 0],
	[0, 1, 0],
	[0, 0, 1]
];

/** Cosine and sine matrices of the inverse DFT on `n` points: x[t] = Σ_k (a_k cos(2πkt/n) − b_k sin(2πkt/n)) / n. */
function dftBasis(n: number) {
	const cos = new Float32Array(n * n);
	const sin = new Float32Array(n * n);
	for (let t = 0; t < n; t++)
		for (let k = 0; k < n; k++) {
			cos[t * n + k] = Math.cos((2 * Math.PI * k * t) / n) / Math.sqrt(n);
			sin[t * n + k] = Math.sin((2 * Math.PI * k * t) / n) / Math.sqrt(n);
		}
	return { cos, sin };
}

/** How much each spatial frequency may carry: 1 / frequency^decay, so that no frequency starts louder than another looks. */
function spectrumScale(n: number, decay: number) {
	const scale = new Float32Array(n * n);
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			const fy = Math.min(y, n - y) / n;
			const fx = Math.min(x, n - x) / n;
			scale[y * n + x] = 1 / Math.max(Math.hypot(fx, fy), 1 / n) ** decay;
		}
	const mean = scale.reduce((a, b) => a + b, 0) / scale.length;
	return scale.map((s) => s / mean / n);
}

/** Bilinear sampling of an n×n image turned by `degrees` and scaled by `scale` about its centre: four gathers and weights. */
function resampler(tf: Tf, n: number, degrees: number, scale: number) {
	const a = (degrees * Math.PI) / 180;
	const [c, s] = [Math.cos(a) / scale, Math.sin(a) / scale];
	const idx = [0, 1, 2, 3].map(() => new Int32Array(n * n));
	const w = [0, 1, 2, 3].map(() => new Float32Array(n * n));
	const h = (n - 1) / 2;
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) {
			const sx = c * (x - h) - s * (y - h) + h;
			const sy = s * (x - h) + c * (y - h) + h;
			const x0 = Math.floor(sx);
			const y0 = Math.floor(sy);
			const [fx, fy] = [sx - x0, sy - y0];
			const at = (yy: number, xx: number) => Math.min(n - 1, Math.max(0, yy)) * n + Math.min(n - 1, Math.max(0, xx));
			const p = y * n + x;
			[at(y0, x0), at(y0, x0 + 1), at(y0 + 1, x0), at(y0 + 1, x0 + 1)].forEach((i, k) => (idx[k][p] = i));
			[(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy].forEach((v, k) => (w[k][p] = v));
		}
	return { indices: idx.map((i) => tf.tensor1d(i, 'int32')), weights: w.map((v) => tf.tensor2d(v, [n * n, 1])) };
}

export function featureVis(tf: Tf, model: Model, options: FeatureVisOptions): FeatureVis {
	const { layer, unit, objective, sign, seed } = options;
	const n = options.size ?? model.architecture.input.size;
	const jitter = options.jitter ?? 4;
	const scales = options.scales ?? [1, 0.975, 1.025, 0.95, 1.05];
	const rotations = options.rotations ?? [-5, -3, -1, 0, 1, 3, 5];
	const rng = new Rng(seed);
	const { cos, sin } = dftBasis(n);
	const scale = spectrumScale(n, options.decay ?? 1);
	const colour = options.colour ?? IDENTITY;

	const C = tf.tensor2d(cos, [n, n]);
	const S = tf.tensor2d(sin, [n, n]);
	const spectrumScaleT = tf.tensor3d(scale, [1, n, n]);
	const colourT = tf.tensor2d(colour.flat(), [3, 3]);
	// the parameters: real and imaginary parts of each colour channel's spectrum, small random start
	const start = (k: number) => tf.tensor3d(Float32Array.from({ length: 3 * n * n }, () => rng.normal(0, 0.01 * (k + 1))), [3, n, n]);
	const re = tf.variable(start(0));
	const im = tf.variable(start(1));
	const optimizer = tf.train.adam(options.learningRate ?? 0.05);
	// a few fixed resamplers to draw from: rotation × scale
	const resamplers = rotations.flatMap((r) => scales.map((s) => resampler(tf, n, r, s)));

	/** The image the parameters stand for: inverse DFT (as real matrix products), decorrelated colour, sigmoid. */
	const render = () =>
		tf.tidy(() => {
			const a = tf.mul(re, spectrumScaleT) as TF.Tensor3D;
			const b = tf.mul(im, spectrumScaleT) as TF.Tensor3D;
			// x = Re(F⁻¹ (a + ib) F⁻¹) = C a C − S b C − C b S − S a S, per channel
			const both = (m: TF.Tensor3D, left: TF.Tensor2D, right: TF.Tensor2D) => tf.matMul(tf.matMul(tf.broadcastTo(left, [3, n, n]), m), tf.broadcastTo(right, [3, n, n]));
			const x = tf.sub(tf.sub(both(a, C, C), both(b, S, C)), tf.add(both(b, C, S), both(a, S, S)));
			const pixels = tf.reshape(tf.transpose(x, [1, 2, 0]), [n * n, 3]);
			const rgb = tf.matMul(pixels, colourT, false, true);
			return tf.reshape(tf.sigmoid(tf.mul(rgb, 2)), [1, n, n, 3]) as TF.Tensor4D;
		});

	const read = (image: TF.Tensor4D) => {
		const a = forward(tf, model, image, { upTo: layer })[layer] as TF.Tensor4D;
		const [, h, w, c] = a.shape;
		if (unit >= c) throw new Error(`${layer} has no unit ${unit}`);
		const channel = tf.slice(a, [0, 0, 0, unit], [1, h, w, 1]);
		return objective === 'channel' ? tf.mean(channel) : tf.reshape(tf.slice(channel, [0, Math.floor(h / 2), Math.floor(w / 2), 0], [1, 1, 1, 1]), []);
	};

	/** The image jittered, turned and scaled, as fresh at each step (reflect-free: the shift wraps round). */
	const transformed = (image: TF.Tensor4D) => {
		const dx = rng.int(-jitter, jitter + 1);
		const dy = rng.int(-jitter, jitter + 1);
		const { indices, weights } = resamplers[rng.int(0, resamplers.length)];
		const flat = tf.reshape(image, [n * n, 3]);
		const sampled = indices.map((i, k) => tf.mul(tf.gather(flat, i), weights[k])).reduce((p, q) => tf.add(p, q));
		const rolled = tf.reshape(sampled, [n, n, 3]);
		const shift = (t: TF.Tensor, d: number, axis: number) => {
			const k = ((d % n) + n) % n;
			if (!k) return t;
			const size = t.shape.slice();
			const head = tf.slice(t, axis === 0 ? [n - k, 0, 0] : [0, n - k, 0], axis === 0 ? [k, size[1], 3] : [size[0], k, 3]);
			const tail = tf.slice(t, [0, 0, 0], axis === 0 ? [n - k, size[1], 3] : [size[0], n - k, 3]);
			return tf.concat([head, tail], axis);
		};
		return tf.reshape(shift(shift(rolled, dy, 0), dx, 1), [1, n, n, 3]) as TF.Tensor4D;
	};

	let steps = 0;
	let last = 0;
	return {
		step(count = 1) {
			for (let i = 0; i < count; i++) {
				const cost = optimizer.minimize(() => tf.neg(tf.mul(read(transformed(render())), sign)) as TF.Scalar, true, [re, im]);
				last = -(cost?.dataSync()[0] ?? 0);
				cost?.dispose();
				steps++;
			}
			return last;
		},
		image() {
			return tf.tidy(() => render().dataSync() as Float32Array).slice();
		},
		activation() {
			return tf.tidy(() => read(render()).dataSync()[0]);
		},
		get steps() {
			return steps;
		},
		dispose() {
			tf.dispose([C, S, spectrumScaleT, colourT, re, im, ...resamplers.flatMap((r) => [...r.indices, ...r.weights])]);
			optimizer.dispose();
		}
	};
}
