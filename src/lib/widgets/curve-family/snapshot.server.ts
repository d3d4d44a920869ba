// The trained curve widget's default state, at build time, from the atlas alone: the default curve is a
// selection stimulus at a sampled angle, so the family's activations are its measured tuning there.
import { MODEL_NAME } from '../../model/models';
import { buildSlice, readAtlas } from '../../analysis/atlas-files';
import { conditionCurve, SELECTION } from '../../measure/curve-stimuli';
import { pngDataUrl } from '../../world/png.server';
import { IMAGE_SIZE } from '../../world/scenes';
import { defaults } from '../kit/spec';
import { spec } from './spec';
import { leader } from '../parts/units';
import type { CurveFamilySnapshot } from './snapshot';
import type { Picture } from '../../world/canvas.server';

let cached: CurveFamilySnapshot | null = null;

export function snapshot(): CurveFamilySnapshot {
	if (cached) return cached;
	const state = defaults(spec);
	const slice = buildSlice(MODEL_NAME);
	const curves = slice.curves;
	const at = curves.angles.indexOf(state.angle);
	if (at < 0)
		throw new Error(
			`The curve-family widget's default angle (${state.angle}°) is not one the tuning curves were sampled at`
		);
	const activations = curves.units.map((u) => u.tuning[at]);
	const shown = curves.units[leader(activations) ?? 0];
	const edges = readAtlas(MODEL_NAME).curveCircuit.edges.filter((e) => e.target.unit === shown.unit);
	const inputs = shown.inputs.map((i) => ({ ...i, kernel: edges.find((e) => e.source.unit === i.unit)!.kernel }));
	cached = {
		state,
		curves,
		activations,
		stimulus: pngDataUrl(conditionCurve(state.angle, curves.radius, curves.shift, SELECTION), IMAGE_SIZE),
		weights: { unit: shown.unit, inputs }
	};
	return cached;
}

/** The embed thumbnail: the network's input in the default state. */
export function thumbnail(): Picture {
	const { state, curves } = snapshot();
	return {
		rgb: conditionCurve(state.angle, curves.radius, curves.shift, SELECTION),
		width: IMAGE_SIZE,
		height: IMAGE_SIZE
	};
}
