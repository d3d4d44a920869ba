// Tuning sweeps, as the live figures run them: the stimuli of one setting at each angle, drawn where the
// network runs, and the family's answers turned round into one tuning curve per unit.
import { angleSweep } from '../world/geometry';
import { defaultCurve, renderCurve } from '../world/stimuli';
import { INPUT_SIZE } from '../model/handset';
import type { CurveNetwork } from '../model/handset-tf';
import { conditionCurve, type CurveCondition } from './curve-stimuli';
import { frequencyBoundary, type BoundaryKind } from './boundary-stimuli';

/** Tuning curves are sampled every 5°, as in the paper's radial tuning plots. */
export const TUNING_ANGLES = angleSweep(5);

type Shift = { x: number; y: number };

/** What a sweep shows at each angle: a curve under a viewing condition, or a boundary on several textures. */
export type SweepStimulus =
	| { kind: 'curve'; radius: number; shift: Shift; condition: CurveCondition }
	| { kind: 'boundary'; boundary: BoundaryKind; blur: number; seeds: number[]; shift: Shift };

/** The images of one angle of a sweep (the family's answer is their mean). */
export function sweepImages(stimulus: SweepStimulus, angle: number): Float32Array[] {
	if (stimulus.kind === 'curve') return [conditionCurve(angle, stimulus.radius, stimulus.shift, stimulus.condition)];
	return stimulus.seeds.map((seed) =>
		frequencyBoundary({ angle, kind: stimulus.boundary, blur: stimulus.blur, seed }, stimulus.shift)
	);
}

/** rows[angle][unit] → curves[unit][angle]. */
export const byUnit = (rows: number[][]): number[][] => (rows[0] ?? []).map((_, unit) => rows.map((row) => row[unit]));

/** Curve images as the hand-set network reads them: ink on blank paper, centred, back to back. */
export function handsetCurves(angles: number[], radius: number): Float32Array {
	const pixels = INPUT_SIZE * INPUT_SIZE;
	const batch = new Float32Array(angles.length * pixels);
	angles.forEach((angle, i) => batch.set(renderCurve({ ...defaultCurve, angle, radius }, INPUT_SIZE), i * pixels));
	return batch;
}

/** The hand-set family's tuning: curves[detector][angle] at `radius`, with or without its inhibition. */
export function handsetTuning(
	network: CurveNetwork,
	radius: number,
	inhibition: boolean,
	angles = TUNING_ANGLES
): number[][] {
	const flat = network.centreActivations(handsetCurves(angles, radius), angles.length, inhibition);
	const d = network.detectors;
	return byUnit(angles.map((_, i) => Array.from(flat.subarray(i * d, (i + 1) * d))));
}
