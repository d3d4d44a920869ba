// A unit's strongest inputs from the block below and outputs into the block above (or the classes), read
// from the trained network's loaded weights, as an engine service (the unit pages ask for them).
import { expandedKernel, kernelsFrom } from '../../model/edits';
import { layerBefore, type MixedSpec } from '../../model/architecture';
import type { EngineContext } from '../core';
import type { UnitRef } from '../../unit';

/** One end of a unit's strongest weights: a unit of a layer, or a class (its layer then the classifier's). */
export interface Edge extends UnitRef {
	label: string;
	strength: number;
	/** 5×5 weights, where the edge has a kernel */
	kernel: number[][] | null;
}

const strongest = (edges: Edge[], count: number) =>
	[...edges].sort((a, b) => Math.abs(b.strength) - Math.abs(a.strength)).slice(0, count);

export const units = ({ tf, trained }: EngineContext) => {
	const column = (k: number[][][], source: number) => k.map((row) => row.map((cell) => cell[source]));
	const sum = (k: number[][]) => k.flat().reduce((a, b) => a + b, 0);
	return {
		inputs: async (layer: string, unit: number, count: number): Promise<Edge[]> => {
			const model = await trained();
			const spec = model.architecture.layers.find((l) => l.name === layer && l.type === 'mixed') as
				MixedSpec | undefined;
			if (!spec) return [];
			const below = layerBefore(model.architecture, layer);
			const k = tf.tidy(() => expandedKernel(tf, spec, model.weights, unit).arraySync() as number[][][]);
			return strongest(
				Array.from({ length: spec.in }, (_, s) => {
					const kernel = column(k, s);
					return { layer: below, unit: s, label: `${below}:${s}`, strength: sum(kernel), kernel };
				}),
				count
			);
		},
		outputs: async (layer: string, unit: number, count: number): Promise<Edge[]> => {
			const model = await trained();
			const layers = model.architecture.layers;
			const blocks = layers.filter((l) => l.type === 'conv' || l.type === 'mixed').map((l) => l.name);
			const after = blocks[blocks.indexOf(layer) + 1];
			const next = after ? layers.find((l) => l.name === after) : layers.find((l) => l.type === 'dense');
			if (next?.type === 'mixed') {
				// every unit of the next block's kernel from this one, multiplied out at once
				const k = tf.tidy(() => kernelsFrom(tf, next, model.weights, unit).arraySync() as number[][][]);
				return strongest(
					(k[0]?.[0] ?? []).map((_, t) => {
						const kernel = column(k, t);
						return { layer: next.name, unit: t, label: `${next.name}:${t}`, strength: sum(kernel), kernel };
					}),
					count
				);
			}
			if (next?.type === 'dense') {
				const row = tf.tidy(() => tf.slice(model.weights[`${next.name}/kernel`], [unit, 0], [1, next.out]).dataSync());
				return strongest(
					Array.from(row, (strength, c) => ({
						layer: next.name,
						unit: c,
						label: `class “${model.classes[c]}”`,
						strength,
						kernel: null
					})),
					count
				);
			}
			return [];
		}
	};
};
