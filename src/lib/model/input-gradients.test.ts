import { describe, expect, it } from 'vitest';
import type * as TF from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { nodeTf } from './node';
import { withFastInputGradients } from './input-gradients';

describe('input gradients as forward convolutions', () => {
	it.each([
		{ name: '1×1', args: { k: 1, cin: 7, cout: 5, size: 9 } },
		{ name: '3×3', args: { k: 3, cin: 6, cout: 4, size: 9 } },
		{ name: '5×5', args: { k: 5, cin: 4, cout: 8, size: 16 } }
	])('give the same values and the same input gradient as tfjs’s own, for a $name kernel', async ({ args }) => {
		const tf = await nodeTf('wasm');
		const { k, cin, cout, size } = args;
		const x = tf.randomNormal([2, size, size, cin], 0, 1, 'float32', 3) as TF.Tensor4D;
		const w = tf.randomNormal([k, k, cin, cout], 0, 1, 'float32', 4) as TF.Tensor4D;
		const pad = [
			[0, 0],
			[(k - 1) / 2, (k - 1) / 2],
			[(k - 1) / 2, (k - 1) / 2],
			[0, 0]
		] as never;
		const fast = withFastInputGradients(tf);
		const loss = (t: typeof tf) => (input: TF.Tensor) =>
			tf.sum(tf.mul(tf.sin(t.conv2d(input as TF.Tensor4D, w, 1, pad)), 3));
		const [own, ours] = [tf.grad(loss(tf))(x), tf.grad(loss(fast.tf))(x)];
		const worst = tf.max(tf.abs(tf.sub(own, ours))).dataSync()[0];
		expect(worst).toBeLessThan(1e-4);
		expect(tf.max(tf.abs(tf.sub(tf.conv2d(x, w, 1, pad), fast.tf.conv2d(x, w, 1, pad)))).dataSync()[0]).toBe(0);
		const before = tf.memory().numTensors;
		fast.dispose();
		expect(tf.memory().numTensors).toBeLessThan(before);
	});

	it('leaves strided convolutions to tfjs', async () => {
		const tf = await nodeTf('wasm');
		const x = tf.randomNormal([1, 8, 8, 3], 0, 1, 'float32', 5) as TF.Tensor4D;
		const w = tf.randomNormal([5, 5, 3, 2], 0, 1, 'float32', 6) as TF.Tensor4D;
		const fast = withFastInputGradients(tf);
		const g = (t: typeof tf) => tf.grad((input: TF.Tensor) => tf.sum(t.conv2d(input as TF.Tensor4D, w, 2, 'same')))(x);
		expect(tf.max(tf.abs(tf.sub(g(tf), g(fast.tf)))).dataSync()[0]).toBe(0);
		fast.dispose();
	});
});
