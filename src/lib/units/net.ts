// What a unit's page asks of the network, which runs in the page's engine: feature visualization (the
// widget's own), the unit's held-out scenes drawn and mapped, and its strongest inputs from the block below
// and outputs into the block above (or the classes), from the loaded weights (compute.ts).
import { openTrained, type BuildContext } from '../widgets/kit/host';
import { featureVisNet, type FeatureVisNet } from '../widgets/feature-vis/net';
import { MODEL_NAME } from '../model/models';
import type { MappedScene } from '../widgets/parts/scenes';
import type { Edge } from '../engine/services/units';

export type { Edge };

export interface UnitNet extends FeatureVisNet {
	scenes(layer: string, unit: number, split: number, indices: number[]): Promise<MappedScene[]>;
	inputs(layer: string, unit: number, count: number): Promise<Edge[]>;
	outputs(layer: string, unit: number, count: number): Promise<Edge[]>;
}

export async function build(context: BuildContext): Promise<UnitNet> {
	const slice = await openTrained(context, MODEL_NAME);
	const { engine } = context;
	return {
		...featureVisNet(context, slice),
		scenes: (layer, unit, split, indices) => engine.call('trained', 'scenes', layer, unit, split, indices),
		inputs: (layer, unit, count) => engine.call('units', 'inputs', layer, unit, count),
		outputs: (layer, unit, count) => engine.call('units', 'outputs', layer, unit, count)
	};
}
