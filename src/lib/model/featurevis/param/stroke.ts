// Pictures as one stroke of ink on paper, a soft quadratic Bézier curve whose control points the ascent
// moves and bends: a parameterisation that can show only a stroke, so that what it shows is which stroke
// the unit wants.
import type * as TF from '@tensorflow/tfjs-core';
import type { Rng } from '../../../world/rng';
import type { Move } from '../transforms';
import type { Pictures } from './pictures';

type Tf = typeof TF;

/** What a stroke looks like, as the caller's stimuli draw one (plain numbers: options cross to a worker). */
export interface StrokeLook {
	/** the stroke's width, and its length as it starts, in pixels */
	width: number;
	length: number;
	/** the grey of the ink and of the paper, in [0, 1] */
	ink: number;
	paper: number;
}

/**
 * How a picture drawn as one stroke grows: a quadratic Bézier curve of the look's width, its ink on its paper,
 * drawn softly (its edge a sigmoid of the distance to the curve, which the ascent can move). It starts straight,
 * the look's length, through the cell the unit reads, at `starts` orientations spread evenly over a half-turn;
 * all grow side by side for `race` steps, then only the one the unit answers most (before its ReLU) grows on.
 */
export const STROKE = {
	/**
	 * chosen on the first network's mixed3b curve family, seed 1: 16 starts drew the unit's curve for 6 of its 7
	 * units, 8 for 5
	 */
	starts: 16,
	/**
	 * steps every start takes before the one the unit answers most grows on alone: chosen on the first network's
	 * mixed4a curve family (22 units), seed 1, 256 steps. All 16 starts to the end drew the unit's curve for 10 of
	 * them; a race of 8 steps drew it for 14, at a median 0.99 of the full run's activation and 376 of its 4,096
	 * picture-steps. Halving the starts at steps 8, 16, 32 and 64 drew 10, at 0.99, for 512.
	 */
	race: 8,
	/** points along the curve whose distance to each pixel draws it */
	samples: 32,
	/** the sigmoid's width, pixels */
	softness: 0.4
} as const;

/** How soft the minimum distance a stroke is drawn with is, in pixels²: lower is closer to the true minimum. */
const NEAREST = 0.25;

/**
 * STROKE.starts pictures, each one stroke (see STROKE) at the image's size: its three control points are the
 * parameters, in pixels.
 */
export function strokePictures(
	tf: Tf,
	size: number,
	look: StrokeLook,
	centre: { x: number; y: number },
	rng: Rng
): Pictures {
	const { starts, samples, softness } = STROKE;
	const { width, length, ink, paper } = look;
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
	/** the starts still drawn, as rows of xs and ys */
	let kept = Array.from({ length: starts }, (_, k) => k);
	/** the kept starts' rows of a coordinate (slices, whose gradient every backend has) */
	const rows = (c: TF.Tensor2D) =>
		kept.length === starts ? c : (tf.concat(kept.map((k) => tf.slice(c, [k, 0], [1, 3]))) as TF.Tensor2D);
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
			const count = x.shape[0];
			const along = (c: TF.Tensor2D) => tf.reshape(tf.matMul(c, bernstein), [count, 1, samples]);
			const d2 = tf.add(tf.square(tf.sub(px, along(x))), tf.square(tf.sub(py, along(y))));
			// each pixel's squared distance to the curve: a soft minimum over the samples (within a hundredth of a
			// pixel of the true one at the stroke's edge), whose gradient is cheaper than the minimum's
			const nearest = tf.mul(tf.log(tf.add(tf.sum(tf.exp(tf.div(d2, -NEAREST)), 2), Math.exp(-80))), -NEAREST);
			const distance = tf.sqrt(tf.add(tf.relu(nearest), 1e-4));
			const inked = tf.sigmoid(tf.div(tf.sub(width / 2, distance), softness));
			const grey = tf.sub(paper, tf.mul(inked, paper - ink));
			return tf.tile(tf.reshape(grey, [count, size, size, 1]), [1, 1, 1, 3]) as TF.Tensor4D;
		});
	const middle = size / 2;
	return {
		render: () => tf.tidy(() => draw(rows(xs), rows(ys))),
		// the control points turned, scaled and shifted: exact, and far cheaper than moving the stroke's pixels
		moved: (moves) =>
			tf.tidy(() => {
				const column = (f: (m: Move) => number) => tf.tensor2d(moves.map(f), [moves.length, 1]);
				const [cos, sin] = [column((m) => m.scale * Math.cos(m.angle)), column((m) => m.scale * Math.sin(m.angle))];
				const [u, v] = [tf.sub(rows(xs), middle), tf.sub(rows(ys), middle)];
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
		keep(places) {
			kept = places.map((k) => kept[k]);
		},
		dispose: () => tf.dispose([xs, ys, bernstein, px, py])
	};
}
