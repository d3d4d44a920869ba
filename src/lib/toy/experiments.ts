// The three experiments the article runs on the toy models, with the settings they are trained with: one
// model of n features in 2 dimensions, the phase diagram of 2 features in 1, and the polysemanticity penalty.
import type * as TF from '@tensorflow/tfjs-core';
import { geometricImportance, trainToys } from './superposition';
import type { TrainOptions, TrainedToy } from './types';
import { columnNorms, featuresServed, neuronPolysemanticity, phaseOf, type Phase } from './measures';

type Tf = typeof TF;

/** What the reader sets; the model has m = 2 hidden dimensions (2 neurons in the penalty experiment). */
export interface ToySettings {
	n: number;
	sparsity: number;
	/** importance of feature i is importance^i */
	importance: number;
	seed: number;
	/** weight of the polysemanticity penalty */
	penalty: number;
}

type Live = Pick<TrainOptions, 'signal' | 'pause' | 'onProgress' | 'chunkMs'>;

export const HIDDEN = 2;
/** Adam on fresh batches of 512 examples: by 800 steps the features represented no longer change (measured at
 * S = 0, 0.9, 0.95 and 0.99, three seeds: the same counts as after 1,000 steps at a learning rate of 0.05). */
export const TRAINING = { steps: 800, learningRate: 0.06, data: { kind: 'sampled', batch: 512 } } as const;

const configFor = (s: ToySettings, penalty = 0) => ({
	n: s.n,
	m: HIDDEN,
	sparsity: s.sparsity,
	importance: geometricImportance(s.n, s.importance),
	penalty
});

/** The paper's basic model, x' = ReLU(Wᵀ W x + b), for the reader's settings. */
export async function trainSuperposition(tf: Tf, settings: ToySettings, live: Live = {}): Promise<TrainedToy | null> {
	const trained = await trainToys(tf, [configFor(settings)], {
		kind: 'linear',
		seed: settings.seed,
		...TRAINING,
		...live
	});
	return trained?.[0] ?? null;
}

// The phase diagram: 2 features in 1 dimension; feature 1 has importance 1, feature 2 a relative importance.

const logSpaced = (from: number, to: number, count: number) =>
	Array.from({ length: count }, (_, i) => from * (to / from) ** (i / (count - 1)));

export const PHASE_GRID = {
	/** rows: feature density 1 − S, from 1 (dense) to 0.01 (sparse) */
	density: logSpaced(1, 0.01, 20),
	/** columns: feature 2's importance relative to feature 1's */
	relativeImportance: logSpaced(0.1, 10, 20)
};
/** The exact expected loss (no sampling noise), six starts per cell of which the best is kept: from some starts
 * gradient descent settles where a feature's output never fires, and stays. */
export const PHASE_TRAINING = {
	steps: 300,
	learningRate: 0.05,
	data: { kind: 'expected', grid: 8 },
	starts: 6
} as const;

export interface PhaseCell {
	phase: Phase;
	/** [w₁, w₂]: each feature's weight on the one dimension */
	w: [number, number];
	loss: number;
}

/**
 * Trains the phase diagram's cells, `rowsAtOnce` rows at a time as one stack of models, and hands each finished
 * row to `onRow`; resolves to the rows (density) of cells (relative importance), or null if aborted.
 */
export async function trainPhaseDiagram(
	tf: Tf,
	seed: number,
	{
		rowsAtOnce = 2,
		onRow,
		...live
	}: Live & { rowsAtOnce?: number; onRow?: (row: number, cells: PhaseCell[]) => void } = {},
	grid = PHASE_GRID
): Promise<PhaseCell[][] | null> {
	const { steps, learningRate, data, starts } = PHASE_TRAINING;
	const rows: PhaseCell[][] = [];
	for (let first = 0; first < grid.density.length; first += rowsAtOnce) {
		const densities = grid.density.slice(first, first + rowsAtOnce);
		const configs = densities.flatMap((density) =>
			grid.relativeImportance.flatMap((r) =>
				Array.from({ length: starts }, () => ({ n: 2, m: 1, sparsity: 1 - density, importance: [1, r] }))
			)
		);
		const trained = await trainToys(tf, configs, {
			kind: 'linear',
			seed: seed + first,
			steps,
			learningRate,
			data,
			lossEvery: steps,
			...live
		});
		if (!trained) return null;
		densities.forEach((_, d) => {
			const cells = grid.relativeImportance.map((_, c) => {
				const tries = trained.slice((d * grid.relativeImportance.length + c) * starts).slice(0, starts);
				const best = tries.reduce((a, b) => (b.loss < a.loss ? b : a));
				return { phase: phaseOf(best.W), w: [best.W[0][0], best.W[0][1]] as [number, number], loss: best.loss };
			});
			rows.push(cells);
			onRow?.(first + d, cells);
		});
	}
	return rows;
}

// The polysemanticity penalty: h = ReLU(W x) with 2 neurons, the loss plus penalty × Σ (features each neuron reads).

/** The penalties of the sweep; the reader's own is added when it is not one of them. */
export const PENALTIES = [0, 0.001, 0.003, 0.01, 0.03, 0.1] as const;

export interface PenaltyResult {
	penalty: number;
	features: number;
	loss: number;
	/** per neuron, the effective number of features it reads */
	polysemanticity: number[];
	W: number[][];
	b: number[];
	history: number[];
}

export const penaltiesFor = (penalty: number) => [...new Set([...PENALTIES, penalty])].sort((a, b) => a - b);

/** Trains one privileged-basis model per penalty, side by side, on the same examples from the same start. */
export async function trainPenaltySweep(
	tf: Tf,
	settings: ToySettings,
	live: Live = {},
	penalties = penaltiesFor(settings.penalty)
): Promise<PenaltyResult[] | null> {
	const trained = await trainToys(
		tf,
		penalties.map((p) => configFor(settings, p)),
		{ kind: 'relu', seed: settings.seed, ...TRAINING, ...live }
	);
	if (!trained) return null;
	return trained.map((t, k) => ({
		penalty: penalties[k],
		features: featuresServed(t.W),
		loss: t.loss,
		polysemanticity: neuronPolysemanticity(t.W),
		W: t.W,
		b: t.b,
		history: t.history
	}));
}

export { columnNorms };
