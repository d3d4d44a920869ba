// Feature visualization (Olah, Mordvintsev and Schubert, Distill 2017): gradient ascent on the input to
// excite one unit (at one cell of its map) or a whole channel, with what makes the pictures readable: the
// picture parameterised as Fourier coefficients scaled down with frequency, at half the image's size and
// upsampled, colours decorrelated by a fixed 3×3 matrix (or one grey channel, for units that answer ink of
// either polarity), and fresh jitter, scale and rotation at every step. Several pictures can grow at once,
// pushed apart by a diversity term (the similarity of their Gram matrices in the layer below). The picture can
// also be one stroke of ink on paper, drawn as the curve stimuli are, which the ascent moves and bends: a
// parameterisation that can show only a stroke, so that what it shows is which stroke the unit wants.
// Deterministic for a seed; runs on any tfjs backend (everything it differentiates is matrix products,
// convolutions and elementwise maths).
import type * as TF from '@tensorflow/tfjs-core';
import { forward, mixed, type Model } from '../inception';
import { layerBefore, layerStride, mixedChannels, receptiveField } from '../architecture';
import { withFastInputGradients } from '../input-gradients';
import { dftBasis, scaleMatrix, shearMatrices, spectrumScale, upsampleMatrix } from './matrices';
import { Rng } from '../../world/rng';
import { PAPER, SELECTION } from '../../measure/curve-stimuli';

type Tf = typeof TF;

export interface FeatureVisOptions {
	layer: string;
	unit: number;
	/** 'neuron': the unit at one cell of its map (the centre unless `cell` says); 'channel': its mean over the whole map */
	objective: 'neuron' | 'channel';
	/** 1 to excite the unit, −1 to find what turns it off */
	sign: 1 | -1;
	seed: number;
	/** the neuron objective's cell of the unit's map; the centre by default */
	cell?: { row: number; column: number };
	/** how many pictures grow at once (1 by default), and how hard they are pushed apart */
	count?: number;
	diversity?: number;
	/** one grey channel instead of colour */
	grey?: boolean;
	/** what the picture is made of: smooth waves of colour (Fourier coefficients), or one stroke of ink on paper */
	draw?: 'waves' | 'stroke';
	/** other units of the same layer whose mean (at the same cell) is subtracted from the objective: the
	 * picture then shows what this unit answers and they do not (its family's, say) */
	against?: number[];
	/** weight of a penalty on how far the picture strays from mid-grey (its mean absolute deviation): what
	 * the unit does not need fades, and what it needs stands out */
	plainness?: number;
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

/**
 * Several pictures at once: the diversity term's weight when the reader sets none, chosen for this network
 * on the polysemantic unit (on seeds 1 to 4; diversity.test.ts checks it on others), and the limits a
 * reader can set.
 */
export const DIVERSITY = {
	/** the weight: pictures of the polysemantic unit pushed apart at it differ more than four independent runs, and excite it nearly as much */
	weight: 8,
	max: 64,
	/** pictures at once, at most: each costs a step as much as one picture does */
	most: 6,
	/** how many the "several pictures" view grows */
	several: 4
} as const;

/**
 * The stroke a picture drawn as one stroke is: a quadratic Bézier curve of the curve stimuli's width, dark
 * ink on their light paper, drawn softly (its edge a sigmoid of the distance to the curve, which the ascent
 * can move). It starts straight, the curve stimuli's length, through the cell the unit reads, at `starts`
 * orientations spread evenly over a half-turn; all grow at once, and the picture is the one the unit answers
 * most.
 */
export const STROKE = {
	/** chosen on the first network's curve family, seed 1: 16 starts drew the unit's curve for 6 of its 7 units, 8 for 5 */
	starts: 16,
	/** points along the curve whose distance to each pixel draws it */
	samples: 32,
	/** the sigmoid's width, pixels */
	softness: 0.4,
	width: SELECTION.width,
	length: SELECTION.length,
	ink: PAPER.dark.ink[0],
	ground: PAPER.dark.ground[0]
} as const;

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
	/** takes `n` steps; returns the objective after the last (the mean over the pictures) */
	step(n?: number): number;
	/** the current picture, size² RGB values in [0, 1] (the first, when several grow) */
	image(): Float32Array;
	/** every current picture */
	images(): Float32Array[];
	/** the unit's activation (at its cell, or its channel mean) on the current picture, untransformed (the first, when several grow) */
	activation(): number;
	/** the same for every picture */
	activations(): number[];
	readonly steps: number;
	dispose(): void;
}

const IDENTITY = [
	[1, 0, 0],
	[0, 1, 0],
	[0, 0, 1]
];

/**
 * tfjs-core alone knows no gradients: the ascent needs them registered, once per page. Loaded on demand,
 * in the browser only (its modules are written for a bundler).
 */
export const registerGradients = () => import('@tensorflow/tfjs-core/dist/register_all_gradients');

/** A feature visualization run; call (and await) registerGradients() first. */
export function featureVis(tf: Tf, model: Model, options: FeatureVisOptions): FeatureVis {
	const { layer, unit, objective, sign, seed } = options;
	const size = options.size ?? model.architecture.input.size;
	const strokes = options.draw === 'stroke';
	// a stroke is drawn at the image's own size: at half of it, the ascent found weaker strokes
	const n = strokes ? size : (options.resolution ?? Math.round(size / 2));
	if (strokes && (options.count ?? 1) > 1) throw new Error('a picture drawn as one stroke grows one at a time');
	/** pictures growing side by side: those asked for, or a stroke's starts */
	const count = strokes ? STROKE.starts : (options.count ?? 1);
	const channels = options.grey ? 1 : 3;
	const jitter = options.jitter ?? 2;
	const scales = options.scales ?? [1, 0.975, 1.025, 0.95, 1.05];
	const rotations = options.rotations ?? [-5, -3, -1, 0, 1, 3, 5];
	if (n > 128) throw new Error('feature visualization here is for small images (the transforms are dense matrices)');
	if (n > size) throw new Error('the parameterised picture cannot be larger than the image');
	const spec = model.architecture.layers.find((l) => l.name === layer);
	if (spec?.type !== 'mixed') throw new Error(`feature visualization reads a mixed block; ${layer} is not one`);
	const rng = new Rng(seed);
	/** what the pictures are made of: their parameters, and how they are drawn */
	const made = strokes
		? strokePictures(tf, size, cellCentre(model, layer, size, objective, options.cell), rng)
		: fourierPictures(tf, n, count, channels, rng, options);
	// bilinear upsampling from n to size, as a matrix: image = U · picture · Uᵀ per plane of RGB
	const U = n === size ? null : tf.tensor3d(tiled(upsampleMatrix(n, size), 3 * count), [3 * count, size, n]);
	const optimizer = tf.train.adam(options.learningRate ?? 0.3);

	const { render, variables } = made;

	/** [count, n, n, 3] pictures at the image's size: bilinear, as matrix products. */
	const upsample = (pictures: TF.Tensor4D) =>
		tf.tidy(() => {
			if (!U) return pictures;
			const planesOf = tf.reshape(tf.transpose(pictures, [0, 3, 1, 2]), [3 * count, n, n]) as TF.Tensor3D;
			const big = tf.matMul(tf.matMul(U, planesOf), U, false, true);
			return tf.transpose(tf.reshape(big, [count, 3, size, size]), [0, 2, 3, 1]) as TF.Tensor4D;
		});

	const others = (options.against ?? []).filter((u) => u !== unit);
	const weighing = others.length
		? tf.tensor2d(
				Array.from({ length: mixedChannels(spec) }, (_, u) =>
					u === unit ? 1 : others.includes(u) ? -1 / others.length : 0
				),
				[mixedChannels(spec), 1]
			)
		: null;
	// the network's convolutions, with their input gradients computed as forward convolutions (the same numbers)
	const { tf: fast, dispose: disposeFast } = withFastInputGradients(tf);
	const before = layerBefore(model.architecture, layer);
	/** the objective's cell, at the scale of the block's map (which is the layer below's) */
	const cellOf = (mapSize: number) => options.cell ?? { row: Math.floor(mapSize / 2), column: Math.floor(mapSize / 2) };
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
	/** for one cell: the part of the image it sees, which is all the network need be run on */
	const window =
		objective === 'neuron'
			? readWindow(model, layer, size, cellOf(size / layerStride(model.architecture, layer)))
			: null;
	/**
	 * Each picture's unit before its ReLU (so that a unit silent on the first grey picture still has a
	 * gradient to climb), and the layer below (for the diversity term). For one cell the network runs on the
	 * part of the image the cell sees, and the block on the window of the layer below that the cell reads
	 * (its widest branch reaches two cells either side).
	 */
	const read = (images: TF.Tensor4D) => {
		const input = window
			? tf.slice(images, [0, window.top, window.left, 0], [count, window.size, window.size, 3])
			: images;
		let below = forward(fast, model, input, { upTo: before })[before] as TF.Tensor4D;
		const mapSize = below.shape[1];
		const cell = window?.cell ?? cellOf(mapSize);
		let at = cell;
		if (objective === 'neuron') {
			const half = 4;
			const top = Math.max(0, Math.min(mapSize - 2 * half - 1, cell.row - half));
			const left = Math.max(0, Math.min(mapSize - 2 * half - 1, cell.column - half));
			const extent = Math.min(mapSize, 2 * half + 1);
			below = tf.slice(below, [0, top, left, 0], [count, extent, extent, below.shape[3]]);
			at = { row: cell.row - top, column: cell.column - left };
		}
		const a = mixed(fast, below, spec, model.weights, null, false);
		const [, h, w, c] = a.shape;
		if (unit >= c) throw new Error(`${layer} has no unit ${unit}`);
		if (!weighing) {
			const channel = tf.slice(a, [0, 0, 0, unit], [count, h, w, 1]);
			const values =
				objective === 'channel'
					? channelMean(channel)
					: tf.reshape(tf.slice(channel, [0, at.row, at.column, 0], [count, 1, 1, 1]), [count]);
			return { values, below };
		}
		// the unit less the others' mean, as one product with a column of weights (1 for it, −1/k for each other)
		const all =
			objective === 'channel'
				? tf.mean(a, [1, 2])
				: tf.reshape(tf.slice(a, [0, at.row, at.column, 0], [count, 1, 1, c]), [count, c]);
		return { values: tf.reshape(tf.matMul(all, weighing), [count]), below };
	};

	// the transforms' matrices, made once for each amount drawn (there are few) and kept until the run ends
	const cache = new Map<string, TF.Tensor>();
	const kept = <T extends TF.Tensor>(key: string, make: () => T): T => {
		let t = cache.get(key);
		if (!t) cache.set(key, (t = tf.keep(make())));
		return t as T;
	};
	const shearOf = (amount: number) =>
		kept(`shear ${amount}`, () =>
			tf.tensor3d(
				shearMatrices(n, (row) => amount * (row - (n - 1) / 2)),
				[n, n, n]
			)
		);
	const scaleOf = (scale: number) => kept(`scale ${scale}`, () => tf.tensor2d(scaleMatrix(n, scale), [n, n]));

	/**
	 * One picture ([n, n, 3]) turned (three shears: along x, along y, along x again) and scaled at its own
	 * resolution, by amounts drawn afresh at each step. Pictures are handled as [rows, colours, columns].
	 */
	const turned = (picture: TF.Tensor3D) => {
		const angle = (rotations[rng.int(0, rotations.length)] * Math.PI) / 180;
		const scale = scales[rng.int(0, scales.length)];
		const shear = (x: TF.Tensor3D, amount: number) =>
			amount === 0 ? x : (tf.matMul(x, shearOf(amount)) as TF.Tensor3D);
		const alongColumns = (x: TF.Tensor3D, f: (t: TF.Tensor3D) => TF.Tensor3D) =>
			tf.transpose(f(tf.transpose(x, [2, 1, 0]) as TF.Tensor3D), [2, 1, 0]) as TF.Tensor3D;
		let x = tf.transpose(picture, [0, 2, 1]) as TF.Tensor3D;
		x = shear(x, -Math.tan(angle / 2));
		x = alongColumns(x, (t) => shear(t, Math.sin(angle)));
		x = shear(x, -Math.tan(angle / 2));
		const lines = scaleOf(scale);
		const scaleLines = (t: TF.Tensor3D) =>
			tf.reshape(tf.matMul(tf.reshape(t, [n * 3, n]), lines), [n, 3, n]) as TF.Tensor3D;
		return tf.transpose(alongColumns(scaleLines(x), scaleLines), [0, 2, 1]) as TF.Tensor3D;
	};
	/** One image ([1, size, size, 3]) jittered: rolled round by whole pixels. */
	const jittered = (image: TF.Tensor4D) => {
		const roll = (t: TF.Tensor4D, d: number, axis: 1 | 2) => {
			const k = ((d % size) + size) % size;
			if (!k) return t;
			const at = (offset: number): [number, number, number, number] =>
				axis === 1 ? [0, offset, 0, 0] : [0, 0, offset, 0];
			const length = (l: number): [number, number, number, number] => (axis === 1 ? [1, l, size, 3] : [1, size, l, 3]);
			return tf.concat(
				[tf.slice(t, at(size - k), length(k)), tf.slice(t, at(0), length(size - k))],
				axis
			) as TF.Tensor4D;
		};
		return roll(roll(image, rng.int(-jitter, jitter + 1), 1), rng.int(-jitter, jitter + 1), 2);
	};
	/** Amounts to move one stroke by, drawn as the pictures' transforms are. */
	const move = (): Move => ({
		angle: (rotations[rng.int(0, rotations.length)] * Math.PI) / 180,
		scale: scales[rng.int(0, scales.length)],
		dx: rng.int(-jitter, jitter + 1),
		dy: rng.int(-jitter, jitter + 1)
	});
	/** Every picture turned and scaled, brought to the image's size and jittered, each by its own amounts. */
	const transformed = (pictures: TF.Tensor4D) => {
		// one picture at a time by slices (tfjs's gradient of unstack fails where one picture has none)
		const one = (k: number) =>
			tf.reshape(turned(tf.reshape(tf.slice(pictures, [k, 0, 0, 0], [1, n, n, 3]), [n, n, 3]) as TF.Tensor3D), [
				1,
				n,
				n,
				3
			]);
		const turnedAll = (
			count === 1 ? one(0) : tf.concat(Array.from({ length: count }, (_, k) => one(k)))
		) as TF.Tensor4D;
		const images = upsample(turnedAll);
		return count === 1
			? jittered(images)
			: (tf.concat(tf.split(images, count).map((image) => jittered(image as TF.Tensor4D))) as TF.Tensor4D);
	};

	// the pictures asked for are pushed apart, when there are several (a stroke's starts are not asked for: they climb on their own)
	const diversity = (options.count ?? 1) > 1 ? (options.diversity ?? 0) : 0;
	const plainness = options.plainness ?? 0;
	let steps = 0;
	let last = 0;
	const untransformed = () => upsample(render());
	/** for a stroke: the start the unit answers most now, before its ReLU (so that one still below zero is chosen too); found once a step */
	let chosen = { steps: -1, start: 0 };
	const bestStart = () => {
		if (chosen.steps !== steps)
			chosen = { steps, start: tf.tidy(() => (tf.argMax(read(untransformed()).values).dataSync() as Int32Array)[0]) };
		return chosen.start;
	};
	/** each picture's unit as it outputs (after its ReLU), on the pictures as they are */
	const unitOutputs = () =>
		tf.tidy(() => {
			const a = forward(tf, model, untransformed(), { upTo: layer })[layer] as TF.Tensor4D;
			const [, h, w] = a.shape;
			const channel = tf.slice(a, [0, 0, 0, unit], [count, h, w, 1]);
			const cell = cellOf(h);
			return Array.from(
				(objective === 'channel'
					? tf.mean(channel, [1, 2, 3])
					: tf.reshape(tf.slice(channel, [0, cell.row, cell.column, 0], [count, 1, 1, 1]), [count])
				).dataSync()
			);
		});
	return {
		step(stepsToTake = 1) {
			for (let i = 0; i < stepsToTake; i++) {
				let best: TF.Tensor | null = null;
				const cost = optimizer.minimize(
					() => {
						const pictures = made.moved ? null : render();
						// a stroke is drawn already moved (its points turned, scaled and shifted): exact, and far cheaper than moving its pixels
						const { values, below } = read(
							made.moved ? made.moved(Array.from({ length: count }, move)) : transformed(pictures!)
						);
						// a stroke's starts climb side by side; what the run reports is the best of them
						if (strokes) best = tf.keep(tf.max(tf.mul(values, sign)));
						let climb = tf.mul(tf.mean(values), sign) as TF.Scalar;
						if (diversity) climb = tf.sub(climb, tf.mul(gramSimilarity(tf, below), diversity));
						if (plainness && pictures) climb = tf.sub(climb, tf.mul(tf.mean(tf.abs(tf.sub(pictures, 0.5))), plainness));
						return tf.neg(climb) as TF.Scalar;
					},
					true,
					variables
				);
				last = best ? (best as TF.Tensor).dataSync()[0] : -(cost?.dataSync()[0] ?? 0);
				tf.dispose([cost ?? [], best ?? []]);
				steps++;
			}
			return last;
		},
		images() {
			return tf.tidy(() => {
				const all = untransformed().dataSync() as Float32Array;
				const each = size * size * 3;
				const at = (k: number) => all.slice(k * each, (k + 1) * each);
				return strokes ? [at(bestStart())] : Array.from({ length: count }, (_, k) => at(k));
			});
		},
		image() {
			return this.images()[0];
		},
		activations: () => (strokes ? [unitOutputs()[bestStart()]] : unitOutputs()),
		activation() {
			return this.activations()[0];
		},
		get steps() {
			return steps;
		},
		dispose() {
			tf.dispose([U ?? [], ...cache.values()]);
			made.dispose();
			weighing?.dispose();
			disposeFast();
			cache.clear();
			optimizer.dispose();
		}
	};
}

/** `m` repeated `times` over, end to end. */
function tiled(m: Float32Array, times: number): Float32Array {
	const out = new Float32Array(times * m.length);
	for (let k = 0; k < times; k++) out.set(m, k * m.length);
	return out;
}

/** A turn (radians) and a scale about the image's centre, then a shift in pixels. */
interface Move {
	angle: number;
	scale: number;
	dx: number;
	dy: number;
}

interface Pictures {
	/** the pictures the parameters stand for, [count, n, n, 3] in [0, 1] */
	render(): TF.Tensor4D;
	/** where the pictures can be drawn already moved, each by its own amounts */
	moved?(moves: Move[]): TF.Tensor4D;
	variables: TF.Variable[];
	dispose(): void;
}

/** Pictures as Fourier coefficients: the real and imaginary parts of each plane's spectrum, from a small random start; drawn by inverse DFT (as real matrix products), colour, sigmoid. */
function fourierPictures(
	tf: Tf,
	n: number,
	count: number,
	channels: number,
	rng: Rng,
	options: FeatureVisOptions
): Pictures {
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

/** Where, in the image's pixels (x right, y down, from its corner), the objective's cell is centred: the image's centre for a whole channel. */
function cellCentre(
	model: Model,
	layer: string,
	size: number,
	objective: FeatureVisOptions['objective'],
	cell?: { row: number; column: number }
) {
	if (objective === 'channel') return { x: size / 2, y: size / 2 };
	const stride = layerStride(model.architecture, layer);
	const middle = Math.floor(size / stride / 2);
	const { row, column } = cell ?? { row: middle, column: middle };
	return { x: column * stride + stride / 2, y: row * stride + stride / 2 };
}

/**
 * The part of the image one cell of `layer` sees, widened to whole cells of its map, so that the network run
 * on that part alone gives the cell the same value as on the whole image (and costs less): null where the
 * part would be the whole image, or where the cell sees past the image's edge (its padding then counts).
 */
export function readWindow(model: Model, layer: string, size: number, cell: { row: number; column: number }) {
	const stride = layerStride(model.architecture, layer);
	const half = receptiveField(model.architecture, layer) / 2;
	const span = (at: number) => {
		const centre = at * stride + stride / 2;
		return [Math.floor((centre - half) / stride) * stride, Math.ceil((centre + half) / stride) * stride];
	};
	const [[top, bottom], [left, right]] = [span(cell.row), span(cell.column)];
	if (top < 0 || left < 0 || bottom > size || right > size) return null;
	const extent = Math.max(bottom - top, right - left);
	if (extent >= size || top + extent > size || left + extent > size) return null;
	return { top, left, size: extent, cell: { row: cell.row - top / stride, column: cell.column - left / stride } };
}

/** How soft the minimum distance a stroke is drawn with is, in pixels²: lower is closer to the true minimum. */
const NEAREST = 0.25;

/** STROKE.starts pictures, each one stroke (see STROKE) at the image's size: its three control points are the parameters, in pixels. */
function strokePictures(tf: Tf, size: number, centre: { x: number; y: number }, rng: Rng): Pictures {
	const { starts, samples, softness, width, length, ink, ground } = STROKE;
	const nudge = () => rng.normal(0, 0.5);
	const start = Array.from({ length: starts }, (_, k) => {
		const turn = (Math.PI * k) / starts;
		const [dx, dy] = [(Math.cos(turn) * length) / 2, (Math.sin(turn) * length) / 2];
		const [x, y] = [centre.x + nudge(), centre.y + nudge()];
		return [x - dx, y - dy, centre.x + nudge(), centre.y + nudge(), x + dx, y + dy];
	}).flat();
	// [starts, 3] each: the control points' x and y
	const coordinate = (parity: number) => {
		const values = tf.tensor2d(
			start.filter((_, i) => i % 2 === parity),
			[starts, 3]
		);
		const variable = tf.variable(values);
		values.dispose();
		return variable;
	};
	const [xs, ys] = [coordinate(0), coordinate(1)];
	// the Bernstein basis at each sample along the curve, [3, samples]
	const bernstein = tf.tensor2d(
		[0, 1, 2].flatMap((j) =>
			Array.from({ length: samples }, (_, i) => {
				const t = i / (samples - 1);
				return [(1 - t) ** 2, 2 * t * (1 - t), t ** 2][j];
			})
		),
		[3, samples]
	);
	// the pixels' centres, [1, size², 1]
	const px = tf.tensor3d(
		Float32Array.from({ length: size * size }, (_, p) => (p % size) + 0.5),
		[1, size * size, 1]
	);
	const py = tf.tensor3d(
		Float32Array.from({ length: size * size }, (_, p) => Math.floor(p / size) + 0.5),
		[1, size * size, 1]
	);
	const draw = (x: TF.Tensor2D, y: TF.Tensor2D) =>
		tf.tidy(() => {
			const along = (c: TF.Tensor2D) => tf.reshape(tf.matMul(c, bernstein), [starts, 1, samples]);
			const d2 = tf.add(tf.square(tf.sub(px, along(x))), tf.square(tf.sub(py, along(y))));
			// each pixel's squared distance to the curve: a soft minimum over the samples (within a hundredth of a
			// pixel of the true one at the stroke's edge), whose gradient is cheaper than the minimum's
			const nearest = tf.mul(tf.log(tf.add(tf.sum(tf.exp(tf.div(d2, -NEAREST)), 2), Math.exp(-80))), -NEAREST);
			const distance = tf.sqrt(tf.add(tf.relu(nearest), 1e-4));
			const inked = tf.sigmoid(tf.div(tf.sub(width / 2, distance), softness));
			const grey = tf.sub(ground, tf.mul(inked, ground - ink));
			return tf.tile(tf.reshape(grey, [starts, size, size, 1]), [1, 1, 1, 3]) as TF.Tensor4D;
		});
	const middle = size / 2;
	return {
		render: () => draw(xs, ys),
		moved: (moves) =>
			tf.tidy(() => {
				const column = (f: (m: Move) => number) => tf.tensor2d(moves.map(f), [starts, 1]);
				const [cos, sin] = [column((m) => m.scale * Math.cos(m.angle)), column((m) => m.scale * Math.sin(m.angle))];
				const [u, v] = [tf.sub(xs, middle), tf.sub(ys, middle)];
				const x = tf.add(
					tf.sub(tf.mul(u, cos), tf.mul(v, sin)),
					column((m) => middle + m.dx)
				) as TF.Tensor2D;
				const y = tf.add(
					tf.add(tf.mul(u, sin), tf.mul(v, cos)),
					column((m) => middle + m.dy)
				) as TF.Tensor2D;
				return draw(x, y);
			}),
		variables: [xs, ys],
		dispose: () => tf.dispose([xs, ys, bernstein, px, py])
	};
}

/** How alike a batch of pictures is in a layer's activations ([count, h, w, c]): the mean cosine similarity of their Gram matrices over distinct pairs. */
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
 * as they are. 1 for identical pictures; lower the more they differ in what the layer below sees.
 */
export function pictureSimilarity(tf: Tf, model: Model, layer: string, images: Float32Array[]): number {
	if (images.length < 2) throw new Error('similarity needs two pictures or more');
	const size = model.architecture.input.size;
	const below = layerBefore(model.architecture, layer);
	return tf.tidy(() => {
		const batch = tf.tensor4d(Float32Array.from(images.flatMap((image) => Array.from(image))), [
			images.length,
			size,
			size,
			3
		]);
		const a = forward(tf, model, batch, { upTo: below })[below] as TF.Tensor4D;
		return (gramSimilarity(tf, a).dataSync() as Float32Array)[0];
	});
}
