// The high-low frequency family: chosen on boundaries between smooth and fine texture rotated about the read
// cell, then measured on other stimuli: one texture, sharp on one side and blurred on the other, against
// plain brightness edges and the boundary turned round, at several blurs.
import type { Model } from '../model/types';
import type { Probe } from '../measure/probe';
import { centreCell } from '../measure/probe';
import { frequencyBoundary, highLowBoundary, type BoundaryKind } from '../measure/boundary-stimuli';
import { groupMeans, ratioSummary, type RatioSummary } from '../measure/measures';
import type { Family } from '../atlas/schema';
import type { HighLowEvaluation, HighLowUnitEvaluation } from '../atlas/measurements';
import { CRITERIA, describe, family, mapSize, tuningTable, type Tf } from './common';
import { TUNING_ANGLES } from '../measure/sweeps';

const SEEDS = [11, 12, 13, 14];

/** Textures of the evaluation, none of which chose the family. */
export const EVALUATION_SEEDS = [21, 22, 23, 24];
/** Blurs of the evaluation (Gaussian standard deviation, pixels), and the one its ratios are read at. */
export const BLURS = [0, 0.5, 1, 1.5, 2, 3, 4];
export const DEFAULT_BLUR = 2;
/** The kinds measured at every blur; the swapped boundary and the stronger edges at the default blur only. */
const SWEPT: BoundaryKind[] = ['high-low', 'edge-dark', 'edge-light'];
/**
 * A plain edge's brightness difference across the line, in units of the texture's contrast:
 * as strong as the texture, and twice.
 */
export const EDGE_STEP = 1;
export const STRONG_EDGE_STEP = 2;

/** The layer among the first few with the most units tuned to the boundary's orientation. */
export function analyzeHighLow(tf: Tf, model: Model, p: Probe) {
	const candidatesByLayer: Record<string, number> = {};
	let best: Family | null = null;
	for (const layer of ['conv2d2', 'mixed3a', 'mixed3b']) {
		const size = mapSize(tf, model, layer);
		const table = tuningTable(
			p,
			layer,
			size,
			(angle, shift) => SEEDS.map((seed) => highLowBoundary(angle, seed, shift)),
			TUNING_ANGLES
		);
		const layerPeak = Math.max(...table.flat());
		const units = table
			.map((curve, u) => describe(layer, u, curve, TUNING_ANGLES))
			.filter((u) => u.selectivity >= CRITERIA.highLowSelectivity && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
		candidatesByLayer[layer] = units.length;
		if (!best || units.length > best.units.length) best = family(layer, 'high-low', units);
	}
	const chosen = best!;
	return { ...chosen, candidatesByLayer, evaluation: evaluateHighLow(tf, model, p, chosen) };
}

/** Each unit of the family on the evaluation stimuli, at its own preferred angle. */
export function evaluateHighLow(tf: Tf, model: Model, p: Probe, chosen: Family): HighLowEvaluation {
	const { cell, shift } = centreCell(mapSize(tf, model, chosen.layer));
	// every stimulus for one angle, read for all units at once: kinds × blurs × textures, then the swapped ones
	const stimuliAt = (angle: number) => [
		...SWEPT.flatMap((kind) =>
			BLURS.flatMap((blur) =>
				EVALUATION_SEEDS.map((seed) => frequencyBoundary({ angle, kind, blur, seed, step: EDGE_STEP }, shift))
			)
		),
		...(['swapped', 'edge-dark', 'edge-light'] as const).flatMap((kind) =>
			EVALUATION_SEEDS.map((seed) =>
				frequencyBoundary(
					{ angle, kind, blur: DEFAULT_BLUR, seed, step: kind === 'swapped' ? EDGE_STEP : STRONG_EDGE_STEP },
					shift
				)
			)
		)
	];
	const n = EVALUATION_SEEDS.length;
	const tuning = groupMeans(
		p.read(
			chosen.angles.flatMap((angle) =>
				EVALUATION_SEEDS.map((seed) => frequencyBoundary({ angle, kind: 'high-low', blur: DEFAULT_BLUR, seed }, shift))
			),
			chosen.layer,
			cell
		),
		n
	);
	// per angle, the mean over the textures of each stimulus: groups[stimulus][unit]
	const byAngle = new Map<number, number[][]>();
	for (const angle of new Set(chosen.units.map((u) => u.preferredAngle)))
		byAngle.set(angle, groupMeans(p.read(stimuliAt(angle), chosen.layer, cell), n));
	const units = chosen.units.map((u): HighLowUnitEvaluation => {
		const groups = byAngle.get(u.preferredAngle)!.map((row) => row[u.unit]);
		const swept = (k: number) => BLURS.map((_, b) => groups[k * BLURS.length + b]);
		const after = SWEPT.length * BLURS.length;
		return {
			unit: u.unit,
			highLow: swept(0),
			edgeDark: swept(1),
			edgeLight: swept(2),
			swapped: groups[after],
			strongEdge: { dark: groups[after + 1], light: groups[after + 2] },
			tuning: tuning.map((row) => row[u.unit])
		};
	});
	const at = BLURS.indexOf(DEFAULT_BLUR);
	const highLow = units.map((u) => u.highLow[at]);
	const strongerEdge = units.map((u) => Math.max(u.edgeDark[at], u.edgeLight[at]));
	const strongestEdge = units.map((u) => Math.max(u.strongEdge.dark, u.strongEdge.light));
	const familyMean = (pick: (u: HighLowUnitEvaluation) => number[]) =>
		BLURS.map((_, b) => units.reduce((sum, u) => sum + pick(u)[b], 0) / units.length);
	return {
		seeds: EVALUATION_SEEDS,
		blurs: BLURS,
		defaultBlur: DEFAULT_BLUR,
		edgeStep: EDGE_STEP,
		strongEdgeStep: STRONG_EDGE_STEP,
		units,
		edgeRatio: ratioSummary(strongerEdge, highLow),
		edgeDarkRatio: ratioSummary(
			units.map((u) => u.edgeDark[at]),
			highLow
		),
		edgeLightRatio: ratioSummary(
			units.map((u) => u.edgeLight[at]),
			highLow
		),
		swappedRatio: ratioSummary(
			units.map((u) => u.swapped),
			highLow
		),
		strongEdgeRatio: ratioSummary(strongestEdge, highLow),
		edgeWins: strongerEdge.filter((e, i) => e > highLow[i]).length,
		strongEdgeWins: strongestEdge.filter((e, i) => e > highLow[i]).length,
		blurCurve: {
			highLow: familyMean((u) => u.highLow),
			edgeDark: familyMean((u) => u.edgeDark),
			edgeLight: familyMean((u) => u.edgeLight)
		}
	};
}
