// What a unit's page asks of the network: the unit's maps over scenes, its strongest inputs from the block
// below and outputs into the block above (or the classes), from the loaded weights.
import type * as TF from '@tensorflow/tfjs-core';
import { unitMaps } from '../model/cell';
import { expandedKernel } from '../model/edits';
import { layerBefore, type MixedSpec } from '../model/architecture';
import { loadTrainedModel, type TrainedModel } from '../model/trained';
import { loadSlice, type AtlasSlice } from '../model/slice';
import { MODEL_NAME } from '../model/models';
import { featureVisNet, type FeatureVisNet } from '../widgets/feature-vis/net';
import { registerGradients } from '../model/featurevis';
import type { BuildContext } from '../widgets/kit/host';

export interface Edge {
	/** the other end: a unit of a layer, or a class */
	layer: string;
	unit: number;
	label: string;
	strength: number;
	/** 5×5 weights, where the edge has a kernel */
	kernel: number[][] | null;
}

export interface UnitNet extends FeatureVisNet {
	maps(images: Float32Array[], layer: string, unit: number): number[][][];
	inputs(layer: string, unit: number, count: number): Edge[];
	outputs(layer: string, unit: number, count: number): Edge[];
}

const strongest = (edges: Edge[], count: number) => [...edges].sort((a, b) => Math.abs(b.strength) - Math.abs(a.strength)).slice(0, count);

export function unitNet(tf: typeof TF, model: TrainedModel, slice: AtlasSlice): UnitNet {
	const layers = model.architecture.layers;
	const mixedSpec = (name: string) => layers.find((l) => l.name === name && l.type === 'mixed') as MixedSpec | undefined;
	const kernelOf = (spec: MixedSpec, unit: number) => tf.tidy(() => expandedKernel(tf, spec, model.weights, unit).arraySync() as number[][][]);
	const column = (k: number[][][], source: number) => k.map((row) => row.map((cell) => cell[source]));
	const sum = (k: number[][]) => k.flat().reduce((a, b) => a + b, 0);
	return {
		...featureVisNet(tf, model, slice),
		maps: (images, layer, unit) => unitMaps(tf, model, images, layer, unit),
		inputs(layer, unit, count) {
			const spec = mixedSpec(layer);
			if (!spec) return [];
			const below = layerBefore(model.architecture, layer);
			const k = kernelOf(spec, unit);
			return strongest(
				Array.from({ length: spec.in }, (_, s) => {
					const kernel = column(k, s);
					return { layer: below, unit: s, label: `${below}:${s}`, strength: sum(kernel), kernel };
				}),
				count
			);
		},
		outputs(layer, unit, count) {
			const blocks = layers.filter((l) => l.type === 'conv' || l.type === 'mixed').map((l) => l.name);
			const after = blocks[blocks.indexOf(layer) + 1];
			const next = after ? layers.find((l) => l.name === after) : layers.find((l) => l.type === 'dense');
			if (next?.type === 'mixed') {
				const units = next.b1 + next.b3 + next.b5 + next.pool;
				return strongest(
					Array.from({ length: units }, (_, t) => {
						const kernel = column(kernelOf(next, t), unit);
						return { layer: next.name, unit: t, label: `${next.name}:${t}`, strength: sum(kernel), kernel };
					}),
					count
				);
			}
			if (next?.type === 'dense') {
				const row = tf.tidy(() => tf.slice(model.weights[`${next.name}/kernel`], [unit, 0], [1, next.out]).dataSync());
				return strongest(
					Array.from(row, (strength, c) => ({ layer: next.name, unit: c, label: `class “${model.classes[c]}”`, strength, kernel: null })),
					count
				);
			}
			return [];
		}
	};
}

export async function build({ runtime, host, progress }: BuildContext): Promise<UnitNet> {
	const slice = await loadSlice(host.root(), MODEL_NAME);
	const [model] = await Promise.all([loadTrainedModel(runtime, host.root(), slice.modelBytes, progress), registerGradients()]);
	return unitNet(runtime.tf, model, slice);
}
