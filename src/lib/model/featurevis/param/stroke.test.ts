import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { nodeTf } from '../../node';
import { Rng } from '../../../world/rng';
import { SELECTION_STROKE } from '../../../measure/curve-stimuli';
import { STROKE, strokePictures } from './stroke';

describe('a picture drawn as one stroke', () => {
	it('keeps the starts it is told to, each drawn as it stood, and climbs only them', async () => {
		const tf = await nodeTf('wasm');
		const size = 32;
		const before = tf.memory().numTensors;
		const made = strokePictures(tf, size, SELECTION_STROKE, { x: size / 2, y: size / 2 }, new Rng(3));
		const all = made.render();
		expect(all.shape).toEqual([STROKE.starts, size, size, 3]);
		const rows = (places: number[]) =>
			tf.tidy(() => tf.concat(places.map((k) => tf.slice(all, [k, 0, 0, 0], [1, size, size, 3]))).arraySync());

		made.keep!([3, 11]);
		const kept = made.render();
		expect(kept.arraySync()).toEqual(rows([3, 11]));
		// places are among the starts drawn now: the second of 3 and 11 is 11
		made.keep!([1]);
		const one = made.render();
		expect(one.arraySync()).toEqual(rows([11]));

		// a climb moves the kept start's control points only
		const [xs, ys] = made.variables.map((v) => v.arraySync() as number[][]);
		const sgd = tf.train.sgd(1);
		sgd.minimize(() => tf.mean(made.render()) as never, false, made.variables);
		sgd.dispose();
		const [xs2, ys2] = made.variables.map((v) => v.arraySync() as number[][]);
		const moved = (a: number[][], b: number[][]) => a.map((row, k) => row.some((v, j) => v !== b[k][j]));
		expect(moved(xs, xs2).map((m, k) => m || moved(ys, ys2)[k])).toEqual(
			Array.from({ length: STROKE.starts }, (_, k) => k === 11)
		);

		tf.dispose([all, kept, one]);
		made.dispose();
		expect(tf.memory().numTensors, 'tensors left behind').toBe(before);
	});
});
