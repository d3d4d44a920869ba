// What the feature-visualization widget asks of the network, which runs in the page's engine: a run for
// one unit, as a job that hands over the picture as it grows and can be paused and cancelled.
import type { Job } from '../../engine/client';
import type { VisProgress, VisResult } from '../../engine/services/vis';
import type { FeatureVisOptions } from '../../model/featurevis';
import { SELECTION_STROKE } from '../../measure/curve-stimuli';
import { MIXED_LAYERS } from '../../model/layers';
import type { AtlasSlice } from '../../atlas/slice';
import { MODEL_NAME } from '../../model/models';
import { openTrained, type BuildContext } from '../kit/host';

export interface FeatureVisNet {
	slice: AtlasSlice;
	/** how many units each mixed block has */
	units: Record<string, number>;
	/**
	 * grows the picture for `steps` steps, in the world's colours and, drawn as one stroke, the curve stimuli's
	 * stroke; progress after each chunk of steps
	 */
	grow(
		options: Omit<FeatureVisOptions, 'colour' | 'stroke'>,
		steps: number,
		onProgress: (p: VisProgress) => void
	): Job<VisResult>;
	dispose(): void;
}

export function featureVisNet({ engine }: Pick<BuildContext, 'engine'>, slice: AtlasSlice): FeatureVisNet {
	return {
		slice,
		units: Object.fromEntries(MIXED_LAYERS.map((l) => [l.name, l.units])),
		grow: (options, steps, onProgress) =>
			engine.job('vis', 'grow', [{ ...options, colour: slice.colour, stroke: SELECTION_STROKE }, steps], onProgress),
		dispose() {}
	};
}

export async function build(context: BuildContext): Promise<FeatureVisNet> {
	return featureVisNet(context, await openTrained(context, MODEL_NAME));
}
