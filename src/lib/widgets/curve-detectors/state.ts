// The hand-set curve widget's pure parts: the stimuli it renders, what it reads off the network, and how it says so.
import type { CurveNetwork } from '../../model/handset-tf';
import { handsetCurves, handsetTuning, TUNING_ANGLES } from '../../measure/sweeps';
import { wrap360 } from '../../world/geometry';
import { formatAngle, formatNumber } from '../../config';
import { familyEchoRatio } from '../../measure/measures';
import type { CurveDetectorsState } from './spec';
import { HANDSET_UNITS, leader } from '../parts/units';

export { TUNING_ANGLES };

/** The eight hand-set detectors, named by the orientation each was built for. */
export const UNITS = HANDSET_UNITS;

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

/** Activations of every detector for one state, on a network at hand (the build's plain-array one). */
export const activationsFor = (network: CurveNetwork, state: CurveDetectorsState): number[] =>
	Array.from(network.centreActivations(handsetCurves([state.angle], state.radius), 1, state.inhibition));

/** The default state's picture, drawn at build time. */
export const snapshotFor = (network: CurveNetwork, state: CurveDetectorsState): CurveDetectorsSnapshot => ({
	state,
	activations: activationsFor(network, state),
	tuning: {
		radius: state.radius,
		inhibition: state.inhibition,
		values: handsetTuning(network, state.radius, state.inhibition)
	}
});

/** The family's echo over the tuning angles (see familyEchoRatio). */
export const echoRatio = (values: number[][]) => familyEchoRatio(values, TUNING_ANGLES);

export { leader };

/** The one-line description a screen reader hears after each change. */
export function liveSentence(state: CurveDetectorsState, activations: number[], echo: number): string {
	const lead = leader(activations);
	const curve = `Curve opening towards ${formatAngle(wrap360(state.angle))}, radius ${state.radius} px`;
	const inhibition = state.inhibition ? 'inhibition on' : 'inhibition off';
	if (lead === null) return `${curve}: no detector fires; ${inhibition}, echo ratio ${formatNumber(echo)}.`;
	return (
		`${curve}: detector ${UNITS[lead].label} leads at ${formatNumber(activations[lead])}; ` +
		`${inhibition}, echo ratio ${formatNumber(echo)}.`
	);
}
