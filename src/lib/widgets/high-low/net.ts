// What the high-low widget asks of the network, which runs in the page's engine: the shown units'
// activations at the family's read cell (the mean over a stimulus's textures), tuning sweeps for a kind
// of boundary and a blur, and the units' dataset examples drawn and mapped.
import type { Job } from '../../engine/client';
import type { ReaderSpec } from '../../engine/services/trained';
import type { AtlasSlice } from '../../atlas/slice';
import { MODEL_NAME } from '../../model/models';
import type { BoundaryKind } from '../../measure/boundary-stimuli';
import type { HighLowState } from './spec';
import { boundaryStimulus } from './state';
import { openTrained, type BuildContext } from '../kit/host';
import type { MappedScene } from '../parts/scenes';

export interface HighLowNet {
	slice: AtlasSlice;
	/**
	 * the boundary these settings describe, drawn where the network runs: the shown units' answers at the family's
	 * read cell (the mean over its textures), and its images
	 */
	respond(state: Pick<HighLowState, 'angle' | 'kind' | 'blur'>): Promise<{ values: number[]; images: Float32Array[] }>;
	/** table[unit][angle] over the slice's angles for this boundary and blur; progress: angles done */
	sweep(kind: BoundaryKind, blur: number, onProgress?: (done: number) => void): Job<number[][]>;
	/** held-out scenes of the examples' split, drawn and mapped for one unit of the family's layer */
	scenes(unit: number, indices: number[]): Promise<MappedScene[]>;
	dispose(): void;
}

const ANGLES_PER_CHECKPOINT = 4;

export function highLowNet({ engine }: Pick<BuildContext, 'engine'>, slice: AtlasSlice): HighLowNet {
	const { layer, cell, units, seeds, shift, angles, examplesSplit } = slice.highLow;
	const reader: ReaderSpec = { layer, cell, units: units.map((u) => u.unit) };
	return {
		slice,
		respond: (state) => engine.call('trained', 'answer', reader, boundaryStimulus(state, slice.highLow), state.angle),
		sweep: (kind, blur, onProgress) =>
			engine.job(
				'trained',
				'sweep',
				[reader, boundaryStimulus({ kind, blur }, { seeds, shift }), angles, null, ANGLES_PER_CHECKPOINT],
				onProgress
			),
		scenes: (unit, indices) => engine.call('trained', 'scenes', layer, unit, examplesSplit, indices),
		dispose() {}
	};
}

/** Opens the trained network in the page's engine (once per page) and builds the adapter. */
export async function build(context: BuildContext): Promise<HighLowNet> {
	return highLowNet(context, await openTrained(context, MODEL_NAME));
}
