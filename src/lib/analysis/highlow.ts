// The high-low frequency family: boundaries between blurred and sharp texture, rotated about the read cell.
import type { Model } from '../model/inception';
import type { Probe } from '../measure/probe';
import { highLowBoundary } from '../measure/stimuli';
import type { Family } from './atlas';
import { CRITERIA, describe, family, mapSize, TUNING_ANGLES, tuningTable, type Tf } from './common';

const SEEDS = [11, 12, 13, 14];

/** The layer among the first few with the most units tuned to the boundary's orientation. */
export function analyzeHighLow(tf: Tf, model: Model, p: Probe) {
	const candidatesByLayer: Record<string, number> = {};
	let best: Family | null = null;
	for (const layer of ['conv2d2', 'mixed3a', 'mixed3b']) {
		const size = mapSize(tf, model, layer);
		const table = tuningTable(p, layer, size, (angle, shift) => SEEDS.map((seed) => highLowBoundary(angle, seed, shift)), TUNING_ANGLES);
		const layerPeak = Math.max(...table.flat());
		const units = table.map((curve, u) => describe(layer, u, curve, TUNING_ANGLES)).filter((u) => u.selectivity >= CRITERIA.highLowSelectivity && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
		candidatesByLayer[layer] = units.length;
		if (!best || units.length > best.units.length) best = family(layer, 'high-low', units);
	}
	return { ...best!, candidatesByLayer };
}
