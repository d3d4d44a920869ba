// The high-low widget's default state, at build time, from the atlas alone: the default boundary is the
// evaluation's, on its textures at its default blur, at an angle its tuning was measured at.
import { MODEL_NAME } from '../../model/models';
import { buildSlice } from '../../analysis/atlas-files';
import { pngDataUrl, tile } from '../../world/png.server';
import { IMAGE_SIZE } from '../../world/scenes';
import { defaults } from '../kit/spec';
import { spec } from './spec';
import { boundariesOf } from './state';
import type { HighLowSnapshot } from './snapshot';
import type { Picture } from '../../world/canvas.server';

let cached: HighLowSnapshot | null = null;

export function snapshot(): HighLowSnapshot {
	if (cached) return cached;
	const state = defaults(spec);
	const highLow = buildSlice(MODEL_NAME).highLow;
	const at = highLow.angles.indexOf(state.angle);
	if (at < 0 || state.blur !== highLow.defaultBlur || state.kind !== 'high-low')
		throw new Error('The high-low widget’s defaults are not the stimulus its tuning curves were measured on');
	cached = {
		state,
		highLow,
		activations: highLow.units.map((u) => u.evaluationTuning[at]),
		stimuli: boundariesOf(state, highLow).map((image) => pngDataUrl(image, IMAGE_SIZE))
	};
	return cached;
}

/** The embed thumbnail: the default boundary on each of the family's textures, two by two. */
export function thumbnail(): Picture {
	return tile(boundariesOf(defaults(spec), buildSlice(MODEL_NAME).highLow), IMAGE_SIZE, 2, 1);
}
