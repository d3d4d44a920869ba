// The robustness pictures are grown with: at every step each picture is turned, scaled and jittered by
// amounts drawn afresh, so that what grows is what the unit answers wherever it lies, not one pixel's trick.
import type * as TF from '@tensorflow/tfjs-core';
import type { Rng } from '../../world/rng';
import { scaleMatrix, shearMatrices, tiled, upsampleMatrix } from './matrices';

type Tf = typeof TF;

/** A turn (radians) and a scale about the image's centre, then a shift in pixels. */
export interface Move {
	angle: number;
	scale: number;
	dx: number;
	dy: number;
}

export interface TransformOptions {
	/** side of the parameterised pictures, and of the image the network reads */
	resolution: number;
	size: number;
	/** pictures transformed side by side, each by its own amounts */
	count: number;
	/** jitter in pixels, scales and rotations (degrees) to draw from */
	jitter: number;
	scales: number[];
	rotations: number[];
}

/** Pictures in [0, 1] mapped into the values the network expects of a pixel: left as they are for [0, 1]. */
export function toInputRange(tf: Tf, [low, high]: readonly [number, number]) {
	if (low === 0 && high === 1) return (images: TF.Tensor4D) => images;
	return (images: TF.Tensor4D) => tf.add(tf.mul(images, high - low), low) as TF.Tensor4D;
}

/** The transforms of one run, their amounts drawn from `rng`; matrices are kept until dispose(). */
export function transforms(tf: Tf, options: TransformOptions, rng: Rng) {
	const { resolution: n, size, count, jitter, scales, rotations } = options;
	// bilinear upsampling from n to size, as a matrix: image = U · picture · Uᵀ per plane of RGB
	const U = n === size ? null : tf.tensor3d(tiled(upsampleMatrix(n, size), 3 * count), [3 * count, size, n]);

	/** [count, n, n, 3] pictures at the image's size: bilinear, as matrix products. */
	const upsample = (pictures: TF.Tensor4D) =>
		tf.tidy(() => {
			if (!U) return pictures;
			const planesOf = tf.reshape(tf.transpose(pictures, [0, 3, 1, 2]), [3 * count, n, n]) as TF.Tensor3D;
			const big = tf.matMul(tf.matMul(U, planesOf), U, false, true);
			return tf.transpose(tf.reshape(big, [count, 3, size, size]), [0, 2, 3, 1]) as TF.Tensor4D;
		});

	// the matrices, made once for each amount drawn (there are few) and kept until the run ends
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
	return {
		upsample,
		/** Amounts to move one stroke by, drawn as the pictures' transforms are. */
		move: (): Move => ({
			angle: (rotations[rng.int(0, rotations.length)] * Math.PI) / 180,
			scale: scales[rng.int(0, scales.length)],
			dx: rng.int(-jitter, jitter + 1),
			dy: rng.int(-jitter, jitter + 1)
		}),
		/** Every picture turned and scaled, brought to the image's size and jittered, each by its own amounts. */
		transformed: (pictures: TF.Tensor4D) => {
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
		},
		dispose() {
			tf.dispose([U ?? [], ...cache.values()]);
			cache.clear();
		}
	};
}
