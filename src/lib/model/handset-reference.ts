// The hand-set network's forward pass on plain arrays: activations of every curve detector at the centre.
import { convRelu, maxPool2, type FeatureMap } from './plain-conv';
import { INPUT_SIZE, withoutInhibition, type HandsetWeights } from './handset';
import type { CurveNetwork } from './handset-tf';

export interface HandsetActivations {
	lines: FeatureMap;
	earlyCurves: FeatureMap;
	curves: FeatureMap;
	/** each curve detector's activation at the image centre */
	centre: Float32Array;
}

/** The centre readout: the mean of the central 2×2 cells (the image centre falls between them). */
export function centreOf(map: FeatureMap): Float32Array {
	const out = new Float32Array(map.channels);
	const y0 = map.height / 2 - 1;
	const x0 = map.width / 2 - 1;
	for (let c = 0; c < map.channels; c++) {
		let sum = 0;
		for (let dy = 0; dy < 2; dy++)
			for (let dx = 0; dx < 2; dx++) sum += map.data[((y0 + dy) * map.width + x0 + dx) * map.channels + c];
		out[c] = sum / 4;
	}
	return out;
}

export function handsetForwardReference(
	weights: HandsetWeights,
	image: Float32Array,
	options: { inhibition: boolean } = { inhibition: true }
): HandsetActivations {
	const input: FeatureMap = { height: INPUT_SIZE, width: INPUT_SIZE, channels: 1, data: image };
	const lines = convRelu(input, weights.lines);
	const earlyCurves = convRelu(maxPool2(lines), weights.earlyCurves);
	const curveWeights = options.inhibition ? weights.curves : withoutInhibition(weights.curves);
	const curves = convRelu(maxPool2(earlyCurves), curveWeights);
	return { lines, earlyCurves, curves, centre: centreOf(curves) };
}

/** The reference pass behind the same interface as the tfjs network, for build time and tests. */
export function referenceNetwork(weights: HandsetWeights): CurveNetwork {
	const pixels = INPUT_SIZE * INPUT_SIZE;
	const detectors = weights.curves.outChannels;
	return {
		detectors,
		centreActivations(images, count, inhibition) {
			const out = new Float32Array(count * detectors);
			for (let i = 0; i < count; i++) {
				const image = images.subarray(i * pixels, (i + 1) * pixels);
				out.set(handsetForwardReference(weights, image, { inhibition }).centre, i * detectors);
			}
			return out;
		},
		dispose() {}
	};
}
