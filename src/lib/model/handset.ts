// The curve circuit with weights set by formula (the paper's "argument 7"): oriented line detectors,
// early curves made of tangent lines along an arc, and curves made of tangent early curves that
// inhibit the opposite orientation.
import { angleDifference, toRadians, wrap360 } from '../world/geometry';
import { kernelIndex, type ConvLayer } from './plain-conv';

export const INPUT_SIZE = 64;
/** Line detectors: orientation modulo 180°. */
export const LINE_ORIENTATIONS = Array.from({ length: 8 }, (_, i) => i * 22.5);
/** Early curves and curves: orientation modulo 360° (the side the curve opens to). */
export const CURVE_ORIENTATIONS = Array.from({ length: 8 }, (_, i) => i * 45);
/** One family step: rotating a curve this far should hand the peak to the neighbouring detector. */
export const FAMILY_STEP = 360 / CURVE_ORIENTATIONS.length;

/** Design parameters; the defaults are what the article shows. */
export interface HandsetDesign {
	/** radius of the early curves' arcs, in input pixels */
	earlyRadius: number;
	/** radius of the curves' arcs, in input pixels */
	curveRadius: number;
	/** weight of the inhibition from the opposite early curve, relative to the excitation */
	inhibition: number;
}

export const defaultDesign: HandsetDesign = { earlyRadius: 10, curveRadius: 16, inhibition: 1.2 };

/** Points of an arc through the kernel centre that opens towards `angle`, with the tangent angle there. */
function arcSamples(angle: number, radius: number, halfLength: number, count = 25) {
	const theta = toRadians(angle);
	const centre = { x: radius * Math.cos(theta), y: radius * Math.sin(theta) };
	return Array.from({ length: count }, (_, i) => {
		const s = ((i / (count - 1)) * 2 - 1) * (halfLength / radius);
		const phi = theta + Math.PI + s;
		return {
			x: centre.x + radius * Math.cos(phi),
			y: centre.y + radius * Math.sin(phi),
			/** orientation of the curve at this point: where it opens, in degrees */
			opening: wrap360(angle + (s * 180) / Math.PI)
		};
	});
}

const gaussian = (d: number, sigma: number) => Math.exp((-d * d) / (2 * sigma * sigma));

function emptyLayer(size: number, inChannels: number, outChannels: number, bias: number): ConvLayer {
	return {
		size,
		inChannels,
		outChannels,
		kernel: new Float32Array(size * size * inChannels * outChannels),
		bias: new Float32Array(outChannels).fill(bias)
	};
}

/** Adds `weight` around the (y-up) offset `at`, spread over nearby kernel cells. */
function splat(
	layer: ConvLayer,
	at: { x: number; y: number },
	input: number,
	output: number,
	weight: number,
	sigma: number
) {
	const c = (layer.size - 1) / 2;
	for (let row = 0; row < layer.size; row++)
		for (let column = 0; column < layer.size; column++) {
			const d = Math.hypot(column - c - at.x, c - row - at.y);
			layer.kernel[kernelIndex(layer, row, column, input, output)] += weight * gaussian(d, sigma);
		}
}

/** Oriented line (ridge) detectors: a centre-surround profile across the line, Gaussian along it. */
export function lineLayer(): ConvLayer {
	const layer = emptyLayer(7, 1, LINE_ORIENTATIONS.length, -0.15);
	LINE_ORIENTATIONS.forEach((orientation, o) => {
		const t = toRadians(orientation);
		const values: number[] = [];
		for (let row = 0; row < 7; row++)
			for (let column = 0; column < 7; column++) {
				const x = column - 3;
				const y = 3 - row;
				const along = x * Math.cos(t) + y * Math.sin(t);
				const across = -x * Math.sin(t) + y * Math.cos(t);
				values.push(gaussian(along, 2.2) * (gaussian(across, 0.9) - 0.45 * gaussian(across, 2.2)));
			}
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		// zero-sum, so blank paper and uniform ink give nothing; then scaled so a 2 px line scores about 1
		const zeroSum = values.map((v) => v - mean);
		const lineResponse = zeroSum.reduce((sum, v, i) => {
			const x = (i % 7) - 3;
			const y = 3 - Math.floor(i / 7);
			const across = -x * Math.sin(t) + y * Math.cos(t);
			return sum + v * Math.max(0, Math.min(1, 1.5 - Math.abs(across)));
		}, 0);
		zeroSum.forEach((v, i) => (layer.kernel[i * LINE_ORIENTATIONS.length + o] = v / lineResponse));
	});
	return layer;
}

/**
 * Early curves read the line detectors (after 2× pooling): positive weight where the arc's tangent line
 * should be, at the line orientation of that tangent, negative for the perpendicular line there.
 */
export function earlyCurveLayer(design: HandsetDesign = defaultDesign): ConvLayer {
	const layer = emptyLayer(9, LINE_ORIENTATIONS.length, CURVE_ORIENTATIONS.length, -0.35);
	const radius = design.earlyRadius / 2;
	CURVE_ORIENTATIONS.forEach((orientation, o) => {
		const samples = arcSamples(orientation, radius, 3.5);
		for (const p of samples) {
			const tangentLine = wrap360(p.opening + 90) % 180;
			LINE_ORIENTATIONS.forEach((line, l) => {
				const d = angleDifference(line, tangentLine, 180);
				const weight = gaussian(d, 16) - 0.25 * gaussian(Math.abs(d) - 90, 20);
				splat(layer, p, l, o, (0.5 * weight) / samples.length, 0.7);
			});
		}
	});
	return layer;
}

/**
 * Curves read the early curves (after another 2× pooling): excitation from early curves tangent to the
 * arc, inhibition from the early curves that open the opposite way at the same places.
 */
export function curveLayer(design: HandsetDesign = defaultDesign): ConvLayer {
	const layer = emptyLayer(7, CURVE_ORIENTATIONS.length, CURVE_ORIENTATIONS.length, -0.08);
	const radius = design.curveRadius / 4;
	CURVE_ORIENTATIONS.forEach((orientation, o) => {
		const samples = arcSamples(orientation, radius, 2.5, 15);
		for (const p of samples)
			CURVE_ORIENTATIONS.forEach((early, e) => {
				const same = gaussian(angleDifference(early, p.opening), 30);
				const opposite = gaussian(angleDifference(early, p.opening + 180), 30);
				splat(layer, p, e, o, (3 * (same - design.inhibition * opposite)) / samples.length, 0.8);
			});
	});
	return layer;
}

/** The three layers' weights for one design. */
export interface HandsetWeights {
	lines: ConvLayer;
	earlyCurves: ConvLayer;
	curves: ConvLayer;
}

export function handsetWeights(design: HandsetDesign = defaultDesign): HandsetWeights {
	return { lines: lineLayer(), earlyCurves: earlyCurveLayer(design), curves: curveLayer(design) };
}

/** The circuit edit the widget toggles: every negative weight into the curve detectors set to zero. */
export function withoutInhibition(layer: ConvLayer): ConvLayer {
	return { ...layer, kernel: layer.kernel.map((w) => Math.max(0, w)) };
}
