// Feature visualization (Olah, Mordvintsev and Schubert, Distill 2017): gradient ascent on the input to
// excite one unit (at the centre of its map) or a whole channel, with what makes the pictures readable:
// the image parameterised as Fourier coefficients scaled down with frequency, colours decorrelated by a
// fixed 3×3 matrix, and fresh jitter, scale and rotation at every step. Deterministic for a seed; runs
// on any tfjs backend (the inverse Fourier transform is written as matrix products, which every backend
// can differentiate).
import type * as TF from '@tensorflow/tfjs-core';
import { forward, mixed, type Model } from './inception';
import { layerBefore } from './architecture';
import { withFastInputGradients } from './input-gradients';
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
	/** side of the parameterised picture, upsampled to `size`: half of it by default, which keeps the picture's
	 * detail at two pixels and costs an eighth of a full-size parameterisation */
	resolution?: number;
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

/** A run's length and random start when the reader changes neither (the widget's defaults, and the pictures made at build time). */
export const VIS_DEFAULTS = { steps: 256, seed: 1 } as const;

/** A picture grown with the defaults when the site was built, as pages show it before a run. */
export interface BuiltPicture {
	/** the picture itself, as a data URL (a widget may be embedded anywhere) */
	src: string;
	steps: number;
	seed: number;
	/** the unit's activation on it */
	activation: number;
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

/**
 * Matrices that move each row of an n-wide image sideways by `shift(row)` pixels, with linear
 * interpolation and wrapping round: out[row][x] = Σ_j in[row][j] · M[row][j][x]. Batched matrix
 * products, so every backend can differentiate them (a gather's gradient is missing on some).
 */
function shearMatrices(n: number, shift: (row: number) => number): Float32Array {
	const m = new Float32Array(n * n * n);
	for (let row = 0; row < n; row++) {
		const s = shift(row);
		for (let x = 0; x < n; x++) {
			const source = x - s;
			const j0 = Math.floor(source);
			const f = source - j0;
			const wrap = (j: number) => ((j % n) + n) % n;
			m[(row * n + wrap(j0)) * n + x] += 1 - f;
			m[(row * n + wrap(j0 + 1)) * n + x] += f;
		}
	}
	return m;
}

/** A matrix that scales an n-wide line about its centre by `scale`, linearly interpolated: out = in · S. */
function scaleMatrix(n: number, scale: number): Float32Array {
	const m = new Float32Array(n * n);
	const c = (n - 1) / 2;
	for (let x = 0; x < n; x++) {
		const source = Math.min(n - 1, Math.max(0, c + (x - c) / scale));
		const j0 = Math.floor(source);
		const f = source - j0;
		m[j0 * n + x] += 1 - f;
		if (f > 0) m[Math.min(n - 1, j0 + 1) * n + x] += f;
	}
	return m;
}

/** Bilinear upsampling of an m-wide line to n pixels (pixel centres aligned, edges clamped): out = U · in, U is n × m. */
function upsampleMatrix(m: number, n: number): Float32Array {
	const u = new Float32Array(n * m);
	for (let i = 0; i < n; i++) {
		const source = Math.min(m - 1, Math.max(0, ((i + 0.5) * m) / n - 0.5));
		const j0 = Math.floor(source);
		const f = source - j0;
		u[i * m + j0] += 1 - f;
		if (f > 0) u[i * m + Math.min(m - 1, j0 + 1)] += f;
	}
	return u;
}

/**
 * tfjs-core alone knows no gradients: the ascent needs them registered, once per page. Loaded on demand,
 * in the browser only (its modules are written for a bundler).
 */
export const registerGradients = () => import('@tensorflow/tfjs-core/dist/register_all_gradients');

/** A feature visualization run; call (and await) registerGradients() first. */
export function featureVis(tf: Tf, model: Model, options: FeatureVisOptions): FeatureVis {
	const { layer, unit, objective, sign, seed } = options;
	const size = options.size ?? model.architecture.input.size;
	const n = options.resolution ?? Math.round(size / 2);
	const jitter = options.jitter ?? 2;
	const scales = options.scales ?? [1, 0.975, 1.025, 0.95, 1.05];
	const rotations = options.rotations ?? [-5, -3, -1, 0, 1, 3, 5];
	if (n > 128) throw new Error('feature visualization here is for small images (the transforms are dense matrices)');
	if (n > size) throw new Error('the parameterised picture cannot be larger than the image');
	const rng = new Rng(seed);
	const { cos, sin } = dftBasis(n);
	const scale = spectrumScale(n, options.decay ?? 1);
	const colour = options.colour ?? IDENTITY;

	// the basis, once per colour channel: broadcasting it at every step would cost as much as the products
	const thrice = (m: Float32Array) => {
		const out = new Float32Array(3 * m.length);
		for (let k = 0; k < 3; k++) out.set(m, k * m.length);
		return out;
	};
	// bilinear upsampling from n to size, as a matrix: image = U · picture · Uᵀ per colour channel
	const up = upsampleMatrix(n, size);
	const U = tf.tensor3d(thrice(up), [3, size, n]);
	const C = tf.tensor3d(thrice(cos), [3, n, n]);
	const S = tf.tensor3d(thrice(sin), [3, n, n]);
	const spectrumScaleT = tf.tensor3d(scale, [1, n, n]);
	const colourT = tf.tensor2d(colour.flat(), [3, 3]);
	// the parameters: real and imaginary parts of each colour channel's spectrum, small random start
	const start = (k: number) => {
		const values = tf.tensor3d(Float32Array.from({ length: 3 * n * n }, () => rng.normal(0, 0.01 * (k + 1))), [3, n, n]);
		const variable = tf.variable(values);
		values.dispose();
		return variable;
	};
	const re = start(0);
	const im = start(1);
	const optimizer = tf.train.adam(options.learningRate ?? 0.3);

	/** The image the parameters stand for: inverse DFT (as real matrix products), decorrelated colour, sigmoid. */
	const render = () =>
		tf.tidy(() => {
			const a = tf.mul(re, spectrumScaleT) as TF.Tensor3D;
			const b = tf.mul(im, spectrumScaleT) as TF.Tensor3D;
			// x = Re(F⁻¹ (a + ib) F⁻¹) = C a C − S b C − C b S − S a S, per channel
			const both = (m: TF.Tensor3D, left: TF.Tensor3D, right: TF.Tensor3D) => tf.matMul(tf.matMul(left, m), right);
			const x = tf.sub(tf.sub(both(a, C, C), both(b, S, C)), tf.add(both(b, C, S), both(a, S, S)));
			const pixels = tf.reshape(tf.transpose(x, [1, 2, 0]), [n * n, 3]);
			const rgb = tf.matMul(pixels, colourT, false, true);
			return tf.reshape(tf.sigmoid(tf.mul(rgb, 2)), [1, n, n, 3]) as TF.Tensor4D;
		});

	/** An [1, n, n, 3] picture at the image's size: bilinear, as matrix products (every backend differentiates them). */
	const upsample = (picture: TF.Tensor4D) =>
		tf.tidy(() => {
			if (n === size) return picture;
			const channels = tf.transpose(tf.reshape(picture, [n, n, 3]), [2, 0, 1]) as TF.Tensor3D;
			const big = tf.matMul(tf.matMul(U, channels), U, false, true);
			return tf.reshape(tf.transpose(big, [1, 2, 0]), [1, size, size, 3]) as TF.Tensor4D;
		});

	const spec = model.architecture.layers.find((l) => l.name === layer);
	if (spec?.type !== 'mixed') throw new Error(`feature visualization reads a mixed block; ${layer} is not one`);
	const before = layerBefore(model.architecture, layer);
	// the network's convolutions, with their input gradients computed as forward convolutions (the same numbers)
	const { tf: fast, dispose: disposeFast } = withFastInputGradients(tf);
	/** the unit before its ReLU, so that a unit silent on the first grey image still has a gradient to climb */
	const read = (image: TF.Tensor4D) => {
		let below = forward(fast, model, image, { upTo: before })[before] as TF.Tensor4D;
		const size = below.shape[1];
		const centre = Math.floor(size / 2);
		// for one cell, the block needs only the window of the layer below that the cell reads (its widest
		// branch reaches two cells either side): a third of the work for the same number
		const half = Math.min(4, centre, size - centre - 1);
		if (objective === 'neuron') below = tf.slice(below, [0, centre - half, centre - half, 0], [1, 2 * half + 1, 2 * half + 1, below.shape[3]]);
		const a = mixed(fast, below, spec, model.weights, null, false);
		const [, h, w, c] = a.shape;
		if (unit >= c) throw new Error(`${layer} has no unit ${unit}`);
		const channel = tf.slice(a, [0, 0, 0, unit], [1, h, w, 1]);
		return objective === 'channel' ? tf.mean(channel) : tf.reshape(tf.slice(channel, [0, half, half, 0], [1, 1, 1, 1]), []);
	};

	// the transforms' matrices, made once for each amount drawn (there are few) and kept until the run ends
	const cache = new Map<string, TF.Tensor>();
	const kept = <T extends TF.Tensor>(key: string, make: () => T): T => {
		let t = cache.get(key);
		if (!t) cache.set(key, (t = tf.keep(make())));
		return t as T;
	};
	const shearOf = (amount: number) => kept(`shear ${amount}`, () => tf.tensor3d(shearMatrices(n, (row) => amount * (row - (n - 1) / 2)), [n, n, n]));
	const scaleOf = (scale: number) => kept(`scale ${scale}`, () => tf.tensor2d(scaleMatrix(n, scale), [n, n]));

	/**
	 * The picture turned (three shears: along x, along y, along x again) and scaled at its own resolution,
	 * then brought to the image's size and jittered there (rolled round), by amounts drawn afresh at each
	 * step. Pictures are handled as [rows, colours, columns].
	 */
	const transformed = (picture: TF.Tensor4D) => {
		const angle = (rotations[rng.int(0, rotations.length)] * Math.PI) / 180;
		const scale = scales[rng.int(0, scales.length)];
		const dx = rng.int(-jitter, jitter + 1);
		const dy = rng.int(-jitter, jitter + 1);
		const shear = (x: TF.Tensor3D, amount: number) => (amount === 0 ? x : (tf.matMul(x, shearOf(amount)) as TF.Tensor3D));
		const alongColumns = (x: TF.Tensor3D, f: (t: TF.Tensor3D) => TF.Tensor3D) => tf.transpose(f(tf.transpose(x, [2, 1, 0]) as TF.Tensor3D), [2, 1, 0]) as TF.Tensor3D;
		let x = tf.transpose(tf.reshape(picture, [n, n, 3]), [0, 2, 1]) as TF.Tensor3D;
		x = shear(x, -Math.tan(angle / 2));
		x = alongColumns(x, (t) => shear(t, Math.sin(angle)));
		x = shear(x, -Math.tan(angle / 2));
		const lines = scaleOf(scale);
		const scaleLines = (t: TF.Tensor3D) => tf.reshape(tf.matMul(tf.reshape(t, [n * 3, n]), lines), [n, 3, n]) as TF.Tensor3D;
		x = alongColumns(scaleLines(x), scaleLines);
		const image = upsample(tf.reshape(tf.transpose(x, [0, 2, 1]), [1, n, n, 3]) as TF.Tensor4D);
		const roll = (t: TF.Tensor4D, d: number, axis: 1 | 2) => {
			const k = ((d % size) + size) % size;
			if (!k) return t;
			const at = (offset: number): [number, number, number, number] => (axis === 1 ? [0, offset, 0, 0] : [0, 0, offset, 0]);
			const length = (l: number): [number, number, number, number] => (axis === 1 ? [1, l, size, 3] : [1, size, l, 3]);
			return tf.concat([tf.slice(t, at(size - k), length(k)), tf.slice(t, at(0), length(size - k))], axis) as TF.Tensor4D;
		};
		return roll(roll(image, dy, 1), dx, 2);
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
			return tf.tidy(() => upsample(render()).dataSync() as Float32Array).slice();
		},
		activation() {
			// what the unit itself outputs (after its ReLU) for the current image
			return tf.tidy(() => {
				const a = forward(tf, model, upsample(render()), { upTo: layer })[layer] as TF.Tensor4D;
				const [, h, w] = a.shape;
				const channel = tf.slice(a, [0, 0, 0, unit], [1, h, w, 1]);
				return (objective === 'channel' ? tf.mean(channel) : tf.slice(channel, [0, Math.floor(h / 2), Math.floor(w / 2), 0], [1, 1, 1, 1])).dataSync()[0];
			});
		},
		get steps() {
			return steps;
		},
		dispose() {
			tf.dispose([U, C, S, spectrumScaleT, colourT, re, im, ...cache.values()]);
			disposeFast();
			cache.clear();
			optimizer.dispose();
		}
	};
}
