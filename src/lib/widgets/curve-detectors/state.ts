// The hand-set curve widget's pure parts: the stimuli it renders, what it reads off the network, and how it says so.
import { CURVE_ORIENTATIONS, INPUT_SIZE } from '../../model/handset';
import type { CurveNetwork } from '../../model/handset-tf';
import { defaultCurve, renderCurve } from '../../world/stimuli';
import { angleSweep, wrap360 } from '../../world/geometry';
import { formatAngle, formatNumber } from '../../config';
import { echoRatio as unitEchoRatio, mean } from '../../measure/measures';
import type { TunedUnit } from '../parts/units';
import type { CurveDetectorsState } from './spec';
import { leader } from '../parts/units';

/** Tuning curves are sampled every 5°, as in the paper's radial tuning plots. */
export const TUNING_ANGLES = angleSweep(5);

/** The eight hand-set detectors, named by the orientation each was built for. */
export const UNITS: TunedUnit[] = CURVE_ORIENTATIONS.map((angle) => ({ label: `curve ${formatAngle(angle)}`, angle }));

/** Tuning curves: values[unit][i] is the unit's activation for a curve at TUNING_ANGLES[i]. */
export interface Tuning {
	radius: number;
	inhibition: boolean;
	values: number[][];
}

/** What the widget shows for one state: enough to draw it with no network at hand. */
export interface CurveDetectorsSnapshot {
	state: CurveDetectorsState;
	activations: number[];
	tuning: Tuning;
}

/** Curve images as the hand-set network reads them: ink on blank paper, centred, back to back. */
export function curveBatch(angles: number[], radius: number): Float32Array {
	const pixels = INPUT_SIZE * INPUT_SIZE;
	const batch = new Float32Array(angles.length * pixels);
	angles.forEach((angle, i) => batch.set(renderCurve({ ...defaultCurve, angle, radius }, INPUT_SIZE), i * pixels));
	return batch;
}

/** Rows of (angle × unit) activations → per-unit tuning curves. */
export function transpose(flat: Float32Array | number[], count: number, units = UNITS.length): number[][] {
	return Array.from({ length: units }, (_, u) => Array.from({ length: count }, (_, i) => flat[i * units + u]));
}

/** Activations of every detector for one state. */
export const activationsFor = (network: CurveNetwork, state: CurveDetectorsState): number[] =>
	Array.from(network.centreActivations(curveBatch([state.angle], state.radius), 1, state.inhibition));

export function tuningFor(network: CurveNetwork, radius: number, inhibition: boolean, angles = TUNING_ANGLES): number[][] {
	return transpose(network.centreActivations(curveBatch(angles, radius), angles.length, inhibition), angles.length);
}

export const snapshotFor = (network: CurveNetwork, state: CurveDetectorsState): CurveDetectorsSnapshot => ({
	state,
	activations: activationsFor(network, state),
	tuning: { radius: state.radius, inhibition: state.inhibition, values: tuningFor(network, state.radius, state.inhibition) }
});

/**
 * The family's echo: for each unit, its activation for the curve turned 180° from its preferred angle,
 * over its activation at the preferred angle; averaged over the units that respond at all.
 */
export function echoRatio(values: number[][]): number {
	const responding = values.filter((curve) => Math.max(...curve) > 0);
	return mean(responding.map((curve) => unitEchoRatio(curve, TUNING_ANGLES)));
}

export { leader };

/** The one-line description a screen reader hears after each change. */
export function describe(state: CurveDetectorsState, activations: number[], echo: number): string {
	const lead = leader(activations);
	const curve = `Curve opening towards ${formatAngle(wrap360(state.angle))}, radius ${state.radius} px`;
	const inhibition = state.inhibition ? 'inhibition on' : 'inhibition off';
	if (lead === null) return `${curve}: no detector fires; ${inhibition}, echo ratio ${formatNumber(echo)}.`;
	return `${curve}: detector ${UNITS[lead].label} leads at ${formatNumber(activations[lead])}; ${inhibition}, echo ratio ${formatNumber(echo)}.`;
}
