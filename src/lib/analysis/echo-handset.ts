// The echo measurement on the hand-set curve detectors, whose inhibition was written to cancel an echo:
// the reference the trained networks' measurement is read against.
import { CURVE_ORIENTATIONS, handsetWeights, INPUT_SIZE, type HandsetWeights } from '../model/handset';
import { centreOf, handsetForwardReference } from '../model/handset-reference';
import { kernelIndex, maxPool2, type FeatureMap } from '../model/plain-conv';
import { defaultCurve, renderCurve } from '../world/stimuli';
import { argmax, echoRatio, median } from '../measure/measures';
import { averageParts, groupOf, inputParts, scaled, summarizePairs } from './echo';
import type { EchoInputSummary, HandsetEchoReference, InputParts } from '../atlas/measurements';
import { TUNING_ANGLES } from '../measure/sweeps';

/** The window of `map` a curve detector at (row, column) reads through its kernel, zero beyond the map. */
function windowAt(map: FeatureMap, row: number, column: number, size: number): Float32Array {
	const reach = (size - 1) / 2;
	const out = new Float32Array(size * size * map.channels);
	for (let dy = 0; dy < size; dy++)
		for (let dx = 0; dx < size; dx++) {
			const y = row + dy - reach;
			const x = column + dx - reach;
			if (y < 0 || y >= map.height || x < 0 || x >= map.width) continue;
			for (let c = 0; c < map.channels; c++)
				out[(dy * size + dx) * map.channels + c] = map.data[(y * map.width + x) * map.channels + c];
		}
	return out;
}

/**
 * One curve detector's pre-activation for one image, taken apart: the mean over the four centre cells the
 * detector is read at (the image centre falls between them), so the parts add up as the readout does.
 */
export function centreParts(weights: HandsetWeights, image: Float32Array, unit: number, preferred: number): InputParts {
	const early = maxPool2(handsetForwardReference(weights, image).earlyCurves);
	const layer = weights.curves;
	const kernel = new Float32Array(layer.size * layer.size * layer.inChannels);
	for (let r = 0; r < layer.size; r++)
		for (let c = 0; c < layer.size; c++)
			for (let s = 0; s < layer.inChannels; s++)
				kernel[(r * layer.size + c) * layer.inChannels + s] = layer.kernel[kernelIndex(layer, r, c, s, unit)];
	const group = CURVE_ORIENTATIONS.map((angle) => groupOf(angle, preferred));
	const centre = early.height / 2 - 1;
	const cells = [0, 1].flatMap((dy) =>
		[0, 1].map((dx) =>
			inputParts(windowAt(early, centre + dy, centre + dx, layer.size), kernel, layer.bias[unit], group)
		)
	);
	return averageParts(cells);
}

export function handsetEchoReference(weights: HandsetWeights = handsetWeights()): HandsetEchoReference {
	const image = (angle: number) => renderCurve({ ...defaultCurve, angle }, INPUT_SIZE);
	const passes = TUNING_ANGLES.map((angle) => handsetForwardReference(weights, image(angle)));
	const early = passes.map((a) => centreOf(a.earlyCurves));
	const curves = passes.map((a) => a.centre);
	const tuning = (rows: Float32Array[], unit: number) => rows.map((row) => row[unit]);
	const pairs = CURVE_ORIENTATIONS.map((_, unit) => {
		const preferred = TUNING_ANGLES[argmax(tuning(curves, unit))];
		const [peak, opposite, plus, minus] = [0, 180, 90, -90].map((d) =>
			centreParts(weights, image(preferred + d), unit, preferred)
		);
		return { at180: scaled(opposite, peak.total), at90: scaled(averageParts([plus, minus]), peak.total) };
	});
	return {
		radius: defaultCurve.radius,
		earlyEcho: median(CURVE_ORIENTATIONS.map((_, u) => echoRatio(tuning(early, u), TUNING_ANGLES))),
		curveEcho: median(CURVE_ORIENTATIONS.map((_, u) => echoRatio(tuning(curves, u), TUNING_ANGLES))),
		...summarizePairs(pairs)
	};
}
