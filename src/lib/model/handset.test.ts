import { describe, expect, it } from 'vitest';
import { CURVE_ORIENTATIONS, FAMILY_STEP, handsetWeights, withoutInhibition } from './handset';
import { referenceNetwork } from './handset-reference';
import { angleDifference } from '../world/geometry';
import { handsetCurves, handsetTuning, TUNING_ANGLES } from '../measure/sweeps';
import { familyEchoRatio, preferredAngle, selectivity } from '../measure/measures';
import { defaultCurve } from '../world/stimuli';

const network = referenceNetwork(handsetWeights());
const inhibited = handsetTuning(network, defaultCurve.radius, true);
const released = handsetTuning(network, defaultCurve.radius, false);

describe('hand-set curve detectors', () => {
	it.each(CURVE_ORIENTATIONS.map((designed, unit) => ({ designed, unit })))(
		'the $designed° detector peaks within half a family step of $designed°',
		({ designed, unit }) => {
			const preferred = preferredAngle(inhibited[unit], TUNING_ANGLES);
			expect(Math.abs(angleDifference(preferred, designed))).toBeLessThanOrEqual(FAMILY_STEP / 2);
		}
	);

	it('every detector is selective: its peak is over three times its mean response', () => {
		for (const curve of inhibited) expect(selectivity(curve)).toBeGreaterThan(3);
	});

	// Measured at the default radius: 0.00 with inhibition and 0.28 without. The bounds leave room for
	// small design changes while still telling "no echo" from "a clear echo".
	it('with inhibition the curve turned 180° barely excites a detector (echo ratio below 0.05)', () => {
		expect(familyEchoRatio(inhibited, TUNING_ANGLES)).toBeLessThan(0.05);
	});
	it('without the inhibitory weights the echo appears (echo ratio above 0.2)', () => {
		expect(familyEchoRatio(released, TUNING_ANGLES)).toBeGreaterThan(0.2);
		expect(familyEchoRatio(released, TUNING_ANGLES) - familyEchoRatio(inhibited, TUNING_ANGLES)).toBeGreaterThan(0.15);
	});

	it('switching inhibition off removes exactly the negative weights', () => {
		const { curves } = handsetWeights();
		const edited = withoutInhibition(curves);
		expect(curves.kernel.some((w) => w < 0)).toBe(true);
		expect(edited.kernel.every((w) => w >= 0)).toBe(true);
		curves.kernel.forEach((w, i) => expect(edited.kernel[i]).toBe(Math.max(0, w)));
	});

	it('a straight line through the centre drives no detector above 0.3 of its peak', () => {
		const lines = [0, 45, 90, 135];
		const flat = network.centreActivations(handsetCurves(lines, Infinity), lines.length, true);
		const peaks = inhibited.map((curve) => Math.max(...curve));
		flat.forEach((value, i) => expect(value).toBeLessThanOrEqual(0.3 * peaks[i % peaks.length]));
	});
});
