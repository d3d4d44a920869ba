// The toy models of superposition (Elhage et al. 2022), trained with tfjs: a stack of small models trained
// side by side as one batched computation, with seeded data, cancellation and pauses for the page to draw.
import type * as TF from '@tensorflow/tfjs-core';
import { Rng } from '../world/rng';
import { lossAndGradients, type Batch } from './gradients';
import type { ToyConfig, TrainedToy, TrainOptions } from './types';

type Tf = typeof TF;

/** Importance decaying geometrically from 1: feature i weighs decay^i. */
export const geometricImportance = (n: number, decay: number) => Array.from({ length: n }, (_, i) => decay ** i);

/** Examples the final loss is measured on, when examples are sampled. */
export const EVALUATION_EXAMPLES = 8192;

/**
 * A pause of one task: through a message channel where there is one,
 * which browsers do not clamp to 4 ms as they do nested timeouts.
 */
function macrotask(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * The examples for one step, shared by every model of a stack so that their differences come from their
 * settings alone: feature i is present in model k when present ≥ S_k, and then has a size uniform in [0, 1).
 */
export function drawBatch(rng: Rng, batch: number, n: number): { present: Float32Array; value: Float32Array } {
	const present = new Float32Array(batch * n);
	const value = new Float32Array(batch * n);
	for (let i = 0; i < present.length; i++) {
		present[i] = rng.next();
		value[i] = rng.next();
	}
	return { present, value };
}

/**
 * Every example the expected loss sums over: each pattern of present features, each present feature's size
 * at the midpoints of `grid` equal steps of [0, 1). `present[p]` counts the features present in point p,
 * whose probability under sparsity S is S^(n − present) (1 − S)^present / grid^present.
 */
export function expectedPoints(n: number, grid: number): { points: number[][]; present: number[] } {
	const points: number[][] = [];
	const present: number[] = [];
	const values = Array.from({ length: grid }, (_, q) => (q + 0.5) / grid);
	const extend = (prefix: number[], count: number) => {
		if (prefix.length === n) {
			points.push(prefix);
			present.push(count);
			return;
		}
		extend([...prefix, 0], count);
		for (const v of values) extend([...prefix, v], count + 1);
	};
	extend([], 0);
	return { points, present };
}

/** Xavier-normal starting weights, from the seed. */
export function initialWeights(rng: Rng, count: number, m: number, n: number): Float32Array {
	const sd = Math.sqrt(2 / (m + n));
	return Float32Array.from({ length: count * m * n }, () => rng.normal(0, sd));
}

/**
 * Trains a stack of toy models side by side (model k with configs[k]; Adam) and resolves to them, or to
 * null if the signal aborted the run. Every tensor it makes is disposed before it resolves.
 */
export async function trainToys(tf: Tf, configs: ToyConfig[], options: TrainOptions): Promise<TrainedToy[] | null> {
	const { n, m } = configs[0];
	if (configs.some((c) => c.n !== n || c.m !== m)) throw new Error('models trained side by side share n and m');
	const K = configs.length;
	const { steps, data } = options;
	const chunkMs = options.chunkMs ?? 40;
	const lossEvery = options.lossEvery ?? 20;
	const pause = options.pause ?? macrotask;
	const rng = new Rng(options.seed);
	const penalised = options.kind === 'relu' && configs.some((c) => (c.penalty ?? 0) > 0);

	const start = tf.tensor3d(initialWeights(rng, K, m, n), [K, m, n]);
	const zeros = tf.zeros([K, 1, n]);
	// a variable made from a tensor shares its data: the tensor itself is ours to dispose
	const W = tf.variable(start);
	const b = tf.variable(zeros);
	tf.dispose([start, zeros]);
	const constants = tf.tidy(() => {
		const importance = tf.tensor3d(
			configs.flatMap((c) => c.importance),
			[K, 1, n]
		);
		const sparsity = tf.tensor3d(
			configs.map((c) => c.sparsity),
			[K, 1, 1]
		);
		const penalty = penalised
			? tf.tensor3d(
					configs.map((c) => c.penalty ?? 0),
					[K, 1, 1]
				)
			: undefined;
		if (data.kind === 'sampled')
			return { sparsity, penalty, fixed: undefined, scale: tf.mul(importance, 2 / data.batch) as TF.Tensor3D };
		const { points, present } = expectedPoints(n, data.grid);
		const probability = configs.flatMap((c) =>
			present.map((k) => c.sparsity ** (n - k) * ((1 - c.sparsity) / data.grid) ** k)
		);
		const weights = tf.tensor3d(probability, [K, points.length, 1]);
		const x = tf.tensor3d(points.flat(), [1, points.length, n]);
		return {
			sparsity,
			penalty,
			fixed: tf.tile(x, [K, 1, 1]) as TF.Tensor3D,
			scale: tf.mul(tf.mul(weights, importance), 2) as TF.Tensor3D
		};
	});
	const optimizer = tf.train.adam(options.learningRate);
	const history: number[][] = configs.map(() => []);

	const batchFor = (): Batch => {
		if (constants.fixed) return { x: constants.fixed, scale: constants.scale };
		const { present, value } = drawBatch(rng, (data as { batch: number }).batch, n);
		const shape: [number, number, number] = [1, present.length / n, n];
		const x = tf.mul(
			tf.tensor3d(value, shape),
			tf.step(tf.sub(tf.tensor3d(present, shape), constants.sparsity))
		) as TF.Tensor3D;
		return { x, scale: constants.scale };
	};

	/**
	 * each model's loss when trained: on a fresh sample of EVALUATION_EXAMPLES examples, or exactly for the expected loss
	 */
	const finalLoss = (): number[] => {
		const loss = tf.tidy(() => {
			if (constants.fixed)
				return lossAndGradients(tf, options.kind, W as TF.Tensor3D, b as TF.Tensor3D, batchFor(), undefined, true)
					.loss!;
			const { present, value } = drawBatch(rng, EVALUATION_EXAMPLES, n);
			const shape: [number, number, number] = [1, EVALUATION_EXAMPLES, n];
			const x = tf.mul(
				tf.tensor3d(value, shape),
				tf.step(tf.sub(tf.tensor3d(present, shape), constants.sparsity))
			) as TF.Tensor3D;
			const scale = tf.mul(constants.scale, (data as { batch: number }).batch / EVALUATION_EXAMPLES) as TF.Tensor3D;
			return lossAndGradients(tf, options.kind, W as TF.Tensor3D, b as TF.Tensor3D, { x, scale }, undefined, true)
				.loss!;
		});
		const values = Array.from(loss.dataSync());
		loss.dispose();
		return values;
	};

	try {
		let step = 0;
		while (step < steps) {
			const started = performance.now();
			do {
				const read = (step + 1) % lossEvery === 0;
				const loss = tf.tidy(() => {
					const { gW, gb, loss } = lossAndGradients(
						tf,
						options.kind,
						W as TF.Tensor3D,
						b as TF.Tensor3D,
						batchFor(),
						constants.penalty,
						read
					);
					optimizer.applyGradients([
						{ name: W.name, tensor: gW },
						{ name: b.name, tensor: gb }
					]);
					return loss;
				});
				step++;
				if (loss) {
					const values = loss.dataSync();
					loss.dispose();
					values.forEach((v, k) => history[k].push(v));
				}
			} while (step < steps && performance.now() - started < chunkMs);
			if (options.signal?.aborted) return null;
			if (options.onProgress) options.onProgress({ step, steps, loss: history, W: W.arraySync() as number[][][] });
			await pause();
			if (options.signal?.aborted) return null;
		}
		const weights = (await W.array()) as number[][][];
		const biases = (await b.array()) as number[][][];
		const final = finalLoss();
		return configs.map((_, k) => ({ W: weights[k], b: biases[k][0], loss: final[k], history: history[k] }));
	} finally {
		tf.dispose([W, b, constants.sparsity, constants.scale]);
		if (constants.penalty) constants.penalty.dispose();
		if (constants.fixed) constants.fixed.dispose();
		optimizer.dispose();
	}
}
