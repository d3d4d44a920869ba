import { describe, expect, it } from 'vitest';
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch, mixed } from '../model/inception';
import { blockInput, bottleneckOf, branchOf, BRANCHES, branchStart } from '../model/architecture';
import { expandedKernel } from '../model/edits';
import { loadNodeModel, nodeTf } from '../model/node';
import { CURVE_ORIENTATIONS, handsetWeights, INPUT_SIZE } from '../model/handset';
import { handsetForwardReference } from '../model/handset-reference';
import { defaultCurve, renderCurve } from '../world/stimuli';
import { centreCell } from '../measure/probe';
import { conditionCurve, SELECTION } from '../measure/curve-stimuli';
import { bottleneckTotal, groupOf, inputParts, inputWindows, PART_NAMES } from './echo';
import { centreParts, handsetEchoReference } from './echo-handset';
import { mapSize, mixedSpec } from './common';

describe('taking a curve unit’s input apart', () => {
	it.each([
		{ early: 10, unit: 0, expected: 'same' },
		{ early: 45, unit: 0, expected: 'same' },
		{ early: 50, unit: 0, expected: 'otherEarly' },
		{ early: 135, unit: 0, expected: 'opposite' },
		{ early: 200, unit: 10, expected: 'opposite' },
		{ early: 350, unit: 20, expected: 'same' },
		{ early: undefined, unit: 0, expected: 'rest' }
	] as const)('an early curve at $early° feeds a curve unit at $unit° as $expected', ({ early, unit, expected }) => {
		expect(groupOf(early, unit)).toBe(expected);
	});

	it('sorts each input’s weighted activity into its part by sign, and the parts add up to the pre-activation', () => {
		// one cell, four inputs: same (+2·1), same (−1·3), opposite (−0.5·2), rest (+1·1), bias −0.5
		const parts = inputParts(Float32Array.from([1, 3, 2, 1]), Float32Array.from([2, -1, -0.5, 1]), -0.5, [
			'same',
			'same',
			'opposite',
			'rest'
		]);
		expect(parts).toEqual({
			total: -1.5,
			bias: -0.5,
			sameExcitation: 2,
			sameInhibition: -3,
			oppositeExcitation: 0,
			oppositeInhibition: -1,
			otherEarly: 0,
			rest: 1
		});
		expect(PART_NAMES[0]).toBe('total');
	});

	it('adds up, for a unit of each branch of mixed3b, to the pre-activation the network computes', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const spec = mixedSpec(model, 'mixed3b');
		const { cell, shift } = centreCell(16);
		const image = conditionCurve(30, 8, shift, SELECTION);
		const [window] = inputWindows(tf, model, [image], 'mixed3a', cell);
		const expected = tf.tidy(() => {
			const below = forward(tf, model, imageBatch(tf, [image]), { upTo: 'mixed3a' }).mixed3a as TF.Tensor4D;
			return (mixed(tf, below, spec, model.weights, null, false).arraySync() as number[][][][])[0][cell.row][
				cell.column
			];
		});
		for (const branch of BRANCHES) {
			const unit = branchStart(spec, branch) + 1;
			const kernel = tf.tidy(() => expandedKernel(tf, spec, model.weights, unit).dataSync() as Float32Array);
			const bias = (model.weights[`mixed3b/${branch}/bias`].dataSync() as Float32Array)[branchOf(spec, unit).index];
			const parts = inputParts(
				branch === 'pool' ? window.pooled : window.raw,
				kernel,
				bias,
				Array(spec.in).fill('rest')
			);
			expect(parts.total, `mixed3b:${unit} (${branch})`).toBeCloseTo(expected[unit], 4);
		}
		tf.dispose(Object.values(model.weights));
	});

	it('computes, for a unit of each branch of mixed4a, the pre-activation the network computes through its pool and bottlenecks', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const spec = mixedSpec(model, 'mixed4a');
		const input = blockInput(model.architecture, 'mixed4a');
		const size = mapSize(tf, model, 'mixed4a');
		expect(mapSize(tf, model, input)).toBe(size);
		const { cell, shift } = centreCell(size);
		const image = conditionCurve(120, 16, shift, SELECTION);
		const [window] = inputWindows(tf, model, [image], input, cell);
		const expected = tf.tidy(() => {
			const x = forward(tf, model, imageBatch(tf, [image]), { upTo: input })[input] as TF.Tensor4D;
			return (mixed(tf, x, spec, model.weights, null, false).arraySync() as number[][][][])[0][cell.row][cell.column];
		});
		const bottlenecks = BRANCHES.filter((b) => bottleneckOf(spec, b) > 0);
		expect(bottlenecks.length).toBeGreaterThan(0);
		for (const branch of BRANCHES) {
			const unit = branchStart(spec, branch) + 1;
			const { index } = branchOf(spec, unit);
			const total = bottlenecks.includes(branch)
				? bottleneckTotal(spec, model.weights, branch, index)(window.raw)
				: inputParts(
						branch === 'pool' ? window.pooled : window.raw,
						tf.tidy(() => expandedKernel(tf, spec, model.weights, unit).dataSync() as Float32Array),
						(model.weights[`mixed4a/${branch}/bias`].dataSync() as Float32Array)[index],
						Array(spec.in).fill('rest')
					).total;
			expect(total, `mixed4a:${unit} (${branch})`).toBeCloseTo(expected[unit], 4);
		}
		tf.dispose(Object.values(model.weights));
	});

	it('adds up, for the hand-set curve detectors at their design angle, to what they answer there', () => {
		const weights = handsetWeights();
		CURVE_ORIENTATIONS.forEach((angle, unit) => {
			const image = renderCurve({ ...defaultCurve, angle }, INPUT_SIZE);
			// at its own angle every centre cell is active, so the mean of the ReLU's outputs is the mean pre-activation
			expect(centreParts(weights, image, unit, angle).total).toBeCloseTo(
				handsetForwardReference(weights, image).centre[unit],
				5
			);
		});
	});
});

describe('the hand-set reference: the echo the paper describes', () => {
	const reference = handsetEchoReference();

	it('has early curves that answer the curve turned 180° at over a fifth of their peak; curve detectors do not', () => {
		expect(reference.earlyEcho).toBeGreaterThan(0.2);
		expect(reference.curveEcho).toBe(0);
	});

	// without them the input at ±90° barely moves
	it('cancels it with the opposite early curves: without them every detector’s input at 180° is above zero', () => {
		expect(reference.afterRemoval.liftedAt180).toBe(1);
		expect(reference.afterRemoval.at180).toBeGreaterThan(0.2);
		expect(reference.riseBeforeRelu.margin).toBeGreaterThan(1);
		expect(reference.at180.sameExcitation).toBeGreaterThan(0.2);
	});
});
