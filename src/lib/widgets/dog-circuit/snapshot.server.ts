// The dog-circuit widget's default state at build time, from the atlas: the analysis read its first head.
import { MODEL_NAME } from '../../model/models';
import { buildSlice, readAtlas } from '../../analysis/atlas-files';
import { pngDataUrl } from '../../world/png.server';
import { IMAGE_SIZE } from '../../world/scenes';
import { defaults } from '../kit/spec';
import { spec } from './spec';
import { headImage } from './state';
import type { DogCircuitSnapshot } from './snapshot';
import type { Picture } from '../../world/canvas.server';

let cached: DogCircuitSnapshot | null = null;

export function snapshot(): DogCircuitSnapshot {
	if (cached) return cached;
	const state = defaults(spec);
	if (state.head !== 0 || state.chimera || !state.inhibition)
		throw new Error('The atlas reads only the first head, intact: the dog-circuit default state must be that head');
	const heads = buildSlice(MODEL_NAME).heads;
	cached = {
		state,
		heads,
		reading: readAtlas(MODEL_NAME).heads.example[state.facing],
		image: pngDataUrl(headImage(0, state.facing, false), IMAGE_SIZE)
	};
	return cached;
}

/** The embed thumbnail: the head the network reads in the default state. */
export function thumbnail(): Picture {
	const { facing } = defaults(spec);
	return { rgb: headImage(0, facing, false), width: IMAGE_SIZE, height: IMAGE_SIZE };
}
