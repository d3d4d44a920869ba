import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import type * as TF from '@tensorflow/tfjs-core';
import { Rng } from '../world/rng';
import { lossAndGradients, polysemanticityT } from './gradients';
import type { ToyKind } from './types';

/** The same loss written the plain way, for tfjs's tape to differentiate. */
function autodiff(
	kind: ToyKind,
	W: TF.Tensor3D,
	b: TF.Tensor3D,
	x: TF.Tensor3D,
	scale: TF.Tensor3D,
	penalty: TF.Tensor3D
) {
	const f = (w: TF.Tensor, bias: TF.Tensor) => {
		const pre = tf.matMul(x, w as TF.Tensor3D, false, true);
		const h = kind === 'relu' ? tf.relu(pre) : pre;
		const out = tf.relu(tf.add(tf.matMul(h, w as TF.Tensor3D), bias));
		const reconstruction = tf.mul(tf.sum(tf.mul(scale, tf.square(tf.sub(out, x)))), 0.5);
		return tf.add(
			reconstruction,
			tf.sum(tf.mul(tf.reshape(penalty, [-1, 1]), polysemanticityT(tf, w as TF.Tensor3D)))
		) as TF.Scalar;
	};
	return tf.grads(f)([W, b]);
}

describe('the hand-written gradients', () => {
	it.each([
		{ kind: 'linear' as const, penalty: [0, 0] },
		{ kind: 'relu' as const, penalty: [0, 0] },
		{ kind: 'relu' as const, penalty: [0.1, 0.7] }
	])('match tfjs autodiff for a stack of two $kind models with penalties $penalty', async ({ kind, penalty }) => {
		await tf.setBackend('cpu');
		const rng = new Rng(7);
		const K = 2,
			m = 3,
			n = 5,
			B = 16;
		const random = (count: number, f: () => number) => Float32Array.from({ length: count }, f);
		const W = tf.tensor3d(
			random(K * m * n, () => rng.normal()),
			[K, m, n]
		);
		const b = tf.tensor3d(
			random(K * n, () => rng.normal(0, 0.3)),
			[K, 1, n]
		);
		const x = tf.tensor3d(
			random(K * B * n, () => (rng.chance(0.5) ? rng.next() : 0)),
			[K, B, n]
		);
		const scale = tf.tensor3d(
			random(K * n, () => rng.next()),
			[K, 1, n]
		);
		const p = tf.tensor3d(penalty, [K, 1, 1]);
		const mine = lossAndGradients(tf, kind, W, b, { x, scale }, p, true);
		const [gW, gb] = autodiff(kind, W, b, x, scale, p);
		const error = (a: TF.Tensor, e: TF.Tensor) =>
			tf.max(tf.abs(tf.sub(a, e))).dataSync()[0] / Math.max(1e-6, tf.max(tf.abs(e)).dataSync()[0]);
		expect(error(mine.gW, gW)).toBeLessThan(1e-4);
		expect(error(mine.gb, gb)).toBeLessThan(1e-4);
		tf.dispose([W, b, x, scale, p, mine.gW, mine.gb, mine.loss!, gW, gb]);
	});
});
