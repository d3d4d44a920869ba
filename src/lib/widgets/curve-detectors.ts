// The curve-detector widget's pure parts: its state, the stimuli it renders, and what it reads off the network.
import { CURVE_ORIENTATIONS, INPUT_SIZE } from '../model/handset';
import type { CurveNetwork } from '../model/handset-tf';
import { defaultCurve, renderCurve } from '../world/stimuli';
import { angleSweep, wrap360 } from '../world/geometry';
import { formatAngle, formatNumber } from '../config';
import { echoRatio as unitEchoRatio, mean, selectivity } from '../analysis/measures';

export interface CurveDetectorsState {
	/** degrees: the direction the curve opens towards */
	angle: number;
	/** radius of curvature in input pixels */
	radius: number;
	/** whether the curve detectors' negative weights are in place */
	inhibition: boolean;
}

export const defaultState: CurveDetectorsState = { angle: 20, radius: defaultCurve.radius, inhibition: true };
export const RADIUS_RANGE = { min: 8, max: 40 } as const;
/** Tuning curves are sampled every 5°, as in the paper's radial tuning plots. */
export const TUNING_ANGLES = angleSweep(5);
export const UNIT_ANGLES = CURVE_ORIENTATIONS;

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

/** Several curve images back to back, ready for `CurveNetwork.centreActivations`. */
export function curveBatch(angles: number[], radius: number): Float32Array {
	const pixels = INPUT_SIZE * INPUT_SIZE;
	const batch = new Float32Array(angles.length * pixels);
	angles.forEach((angle, i) => batch.set(renderCurve({ ...defaultCurve, angle, radius }, INPUT_SIZE), i * pixels));
	return batch;
}

/** Activations of every detector for one state. */
export function activationsFor(network: CurveNetwork, state: CurveDetectorsState): number[] {
	return Array.from(network.centreActivations(curveBatch([state.angle], state.radius), 1, state.inhibition));
}

/** Rows of (angle × unit) activations → per-unit tuning curves. */
export function transpose(flat: Float32Array | number[], count: number, units = UNIT_ANGLES.length): number[][] {
	return Array.from({ length: units }, (_, u) => Array.from({ length: count }, (_, i) => flat[i * units + u]));
}

export function tuningFor(network: CurveNetwork, radius: number, inhibition: boolean): Tuning {
	const flat = network.centreActivations(curveBatch(TUNING_ANGLES, radius), TUNING_ANGLES.length, inhibition);
	return { radius, inhibition, values: transpose(flat, TUNING_ANGLES.length) };
}

export function snapshotFor(network: CurveNetwork, state: CurveDetectorsState): CurveDetectorsSnapshot {
	return { state, activations: activationsFor(network, state), tuning: tuningFor(network, state.radius, state.inhibition) };
}

/** The angle at which each unit's tuning curve peaks. */
export const preferredAngles = (tuning: Tuning) =>
	tuning.values.map((curve) => TUNING_ANGLES[curve.indexOf(Math.max(...curve))]);

/** Selectivity: peak ÷ mean activation over all angles. */
export { selectivity };

/**
 * The family's echo: for each unit, its activation for the curve turned 180° from its preferred angle,
 * over its activation at the preferred angle; averaged over the units that respond at all.
 */
export function echoRatio(tuning: Tuning): number {
	const responding = tuning.values.filter((curve) => Math.max(...curve) > 0);
	return mean(responding.map((curve) => unitEchoRatio(curve, TUNING_ANGLES)));
}

/** The unit responding most, or null when none responds. */
export function leader(activations: number[]): number | null {
	const best = Math.max(...activations);
	return best > 0 ? activations.indexOf(best) : null;
}

export const unitName = (unit: number) => `curve ${formatAngle(UNIT_ANGLES[unit])}`;

/** The one-line description a screen reader hears after each change. */
export function describe(state: CurveDetectorsState, activations: number[], echo: number): string {
	const lead = leader(activations);
	const curve = `Curve opening towards ${formatAngle(wrap360(state.angle))}, radius ${state.radius} px`;
	const inhibition = state.inhibition ? 'inhibition on' : 'inhibition off';
	if (lead === null) return `${curve}: no detector fires; ${inhibition}, echo ratio ${formatNumber(echo)}.`;
	return `${curve}: detector ${unitName(lead)} leads at ${formatNumber(activations[lead])}; ${inhibition}, echo ratio ${formatNumber(echo)}.`;
}
