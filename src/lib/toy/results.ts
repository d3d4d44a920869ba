// What the toy experiments measured at fixed seeds when the site was built (npm run toy): the numbers the
// article quotes and the pictures shown before a reader trains anything.
import type * as TF from '@tensorflow/tfjs-core';
import {
	PENALTIES,
	PHASE_GRID,
	trainPenaltySweep,
	trainPhaseDiagram,
	trainSuperposition,
	type PenaltyResult,
	type PhaseCell,
	type ToySettings
} from './experiments';
import { featuresRepresented, neuronPolysemanticity } from './measures';
import { median } from '../measure/measures';
import type { TrainedToy } from './types';

type Tf = typeof TF;

export const RESULTS_FILE = 'static/models/toy/superposition.json';

/** The settings every figure starts from. */
export const DEFAULT_SETTINGS: ToySettings = { n: 5, sparsity: 0.9, importance: 0.9, seed: 1, penalty: 0 };
export const SEEDS = [1, 2, 3, 4, 5];
export const SPARSITIES = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99];

export interface Spread {
	median: number;
	min: number;
	max: number;
}

export interface ToyResults {
	settings: ToySettings;
	seeds: number[];
	/** the default model, as trained with the default settings */
	model: TrainedToy;
	/** features represented (‖Wᵢ‖ > 0.5) by the 5-in-2 model at each sparsity, one count per seed */
	sparsity: { sparsity: number; features: number[] }[];
	phase: { density: number[]; relativeImportance: number[]; seed: number; rows: PhaseCell[][] };
	/** the penalty sweep at the default settings: per penalty, one value per seed */
	penalty: { penalty: number; features: number[]; loss: number[]; polysemanticity: number[] }[];
	/** the sweep at the default seed, for the picture */
	sweep: PenaltyResult[];
}

const round = (v: number, digits = 5) => Number(v.toFixed(digits));
const roundToy = (t: TrainedToy): TrainedToy => ({
	W: t.W.map((r) => r.map((v) => round(v))),
	b: t.b.map((v) => round(v)),
	loss: round(t.loss, 6),
	history: t.history.map((v) => round(v, 6))
});
const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export const spread = (values: number[]): Spread => ({
	median: median(values),
	min: Math.min(...values),
	max: Math.max(...values)
});

export async function computeResults(tf: Tf, log: (line: string) => void = () => {}): Promise<ToyResults> {
	const settings = DEFAULT_SETTINGS;
	const model = (await trainSuperposition(tf, settings))!;
	const sparsity = [];
	for (const s of SPARSITIES) {
		const features = [];
		for (const seed of SEEDS)
			features.push(featuresRepresented((await trainSuperposition(tf, { ...settings, sparsity: s, seed }))!.W));
		sparsity.push({ sparsity: s, features });
		log(`5 in 2 at S = ${s}: ${features.join(', ')} features represented`);
	}
	const rows = (await trainPhaseDiagram(tf, settings.seed))!;
	log(`phase diagram: ${rows.map((r) => r.map((c) => c.phase[0]).join('')).join(' ')}`);
	const sweeps: PenaltyResult[][] = [];
	for (const seed of SEEDS) sweeps.push((await trainPenaltySweep(tf, { ...settings, seed }, {}, [...PENALTIES]))!);
	const penalty = PENALTIES.map((p, k) => ({
		penalty: p,
		features: sweeps.map((s) => s[k].features),
		loss: sweeps.map((s) => round(s[k].loss, 6)),
		polysemanticity: sweeps.map((s) => round(meanOf(s[k].polysemanticity), 4))
	}));
	for (const p of penalty)
		log(
			`penalty ${p.penalty}: features ${p.features.join(', ')}; loss ${p.loss.join(', ')}; ` +
				`polysemanticity ${p.polysemanticity.join(', ')}`
		);
	const sweep = sweeps[SEEDS.indexOf(settings.seed)].map((r) => ({
		...r,
		...roundToy(r),
		polysemanticity: neuronPolysemanticity(r.W).map((v) => round(v, 4))
	}));
	return {
		settings,
		seeds: SEEDS,
		model: roundToy(model),
		sparsity,
		phase: {
			density: PHASE_GRID.density.map((v) => round(v, 6)),
			relativeImportance: PHASE_GRID.relativeImportance.map((v) => round(v, 6)),
			seed: settings.seed,
			rows: rows.map((r) =>
				r.map((c) => ({ ...c, w: c.w.map((v) => round(v)) as [number, number], loss: round(c.loss, 8) }))
			)
		},
		penalty,
		sweep
	};
}

/** Reads the committed results, checking their shape once, with a clear error. */
export function checkResults(value: unknown): ToyResults {
	const r = value as ToyResults;
	const ok =
		r &&
		r.settings &&
		Array.isArray(r.sparsity) &&
		Array.isArray(r.phase?.rows) &&
		Array.isArray(r.penalty) &&
		Array.isArray(r.sweep) &&
		Array.isArray(r.model?.W);
	if (!ok) throw new Error(`${RESULTS_FILE} is not the toy experiments' results: run npm run toy to write it again`);
	return r;
}
