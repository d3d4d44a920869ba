import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { handsetWeights } from './handset';
import { handsetNetwork } from './handset-tf';
import { referenceNetwork } from './handset-reference';
import { handsetCurves } from '../measure/sweeps';

describe('the tfjs forward pass', () => {
	it('matches the plain-array reference to 1e-4 on curves, lines and both inhibition settings', async () => {
		await tf.setBackend('cpu');
		const weights = handsetWeights();
		const net = handsetNetwork(tf, weights);
		const reference = referenceNetwork(weights);
		const cases = [
			{ angles: [0, 33, 90, 181, 300], radius: 16 },
			{ angles: [12, 200], radius: 9 },
			{ angles: [45, 135], radius: Infinity }
		];
		for (const { angles, radius } of cases)
			for (const inhibition of [true, false]) {
				const images = handsetCurves(angles, radius);
				const a = net.centreActivations(images, angles.length, inhibition);
				const b = reference.centreActivations(images, angles.length, inhibition);
				expect(a.length).toBe(b.length);
				const error = Math.max(...a.map((v, i) => Math.abs(v - b[i])));
				expect(error).toBeLessThanOrEqual(1e-4);
			}
		net.dispose();
	});

	it('leaves no tensors behind, however many passes run', async () => {
		await tf.setBackend('cpu');
		const net = handsetNetwork(tf, handsetWeights());
		const before = tf.memory().numTensors;
		for (let i = 0; i < 20; i++) net.centreActivations(handsetCurves([i * 18], 16), 1, i % 2 === 0);
		expect(tf.memory().numTensors).toBe(before);
		net.dispose();
		expect(tf.memory().numTensors).toBe(before - 8);
	});
});
