// What the high-low widget asks of the network: the shown units' activations at the family's read cell (the
// mean over a stimulus's textures), and the maps of a unit's dataset examples.
import type * as TF from '@tensorflow/tfjs-core';
import { cellReader, unitMaps } from '../../model/cell';
import { loadTrainedModel, type TrainedModel } from '../../model/trained';
import { loadSlice, type AtlasSlice } from '../../model/slice';
import { MODEL_NAME } from '../../model/models';
import { groupMeans } from '../../measure/measures';
import type { BuildContext } from '../kit/host';

export interface HighLowNet {
	slice: AtlasSlice;
	backend: string;
	/** activations[stimulus][k] of the k-th shown unit at the family's read cell, each the mean over the stimulus's images (one per texture) */
	respond(stimuli: Float32Array[][]): number[][];
	/** each image's map of one unit of the family's layer */
	maps(images: Float32Array[], unit: number): number[][][];
	dispose(): void;
}

export function highLowNet(tf: typeof TF, model: TrainedModel, slice: AtlasSlice, backend: string): HighLowNet {
	const { layer, cell, units } = slice.highLow;
	const reader = cellReader(tf, model, layer, cell, units.map((u) => u.unit));
	return {
		slice,
		backend,
		respond: (stimuli) => groupMeans(reader.read(stimuli.flat()), stimuli[0]?.length ?? 1),
		maps: (images, unit) => unitMaps(tf, model, images, layer, unit),
		dispose: () => reader.dispose()
	};
}

/** Loads the atlas slice and the trained network (once per page), and builds the adapter. */
export async function build({ runtime, host, progress }: BuildContext): Promise<HighLowNet> {
	const slice = await loadSlice(host.root(), MODEL_NAME);
	const model = await loadTrainedModel(runtime, host.root(), slice.modelBytes, progress);
	return highLowNet(runtime.tf, model, slice, runtime.backend);
}
