// What the feature-visualization widget asks of the network: a run for one unit, with the world's colours.
import { featureVis, registerGradients, type FeatureVis, type FeatureVisOptions } from '../../model/featurevis';
import { loadTrainedModel, type TrainedModel } from '../../model/trained';
import { loadSlice, type AtlasSlice } from '../../model/slice';
import { MODEL_NAME } from '../../model/models';
import { mixedChannels } from '../../model/architecture';
import type { BuildContext } from '../kit/host';
import type * as TF from '@tensorflow/tfjs-core';

export interface FeatureVisNet {
	slice: AtlasSlice;
	/** how many units each mixed block has */
	units: Record<string, number>;
	start(options: Omit<FeatureVisOptions, 'colour'>): FeatureVis;
	dispose(): void;
}

export function featureVisNet(tf: typeof TF, model: TrainedModel, slice: AtlasSlice): FeatureVisNet {
	const units = Object.fromEntries(model.architecture.layers.flatMap((l) => (l.type === 'mixed' ? [[l.name, mixedChannels(l)]] : [])));
	return {
		slice,
		units,
		start: (options) => featureVis(tf, model, { ...options, colour: slice.colour }),
		dispose() {}
	};
}

export async function build({ runtime, host, progress }: BuildContext): Promise<FeatureVisNet> {
	const slice = await loadSlice(host.root(), MODEL_NAME);
	const [model] = await Promise.all([loadTrainedModel(runtime, host.root(), slice.modelBytes, progress), registerGradients()]);
	return featureVisNet(runtime.tf, model, slice);
}
