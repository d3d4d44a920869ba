// What the trained curve widget asks of the network: the family's activations at its read cell for any
// images, with an edit compiled once per edit set, the family's weights from the early curves, and the
// activation maps of its dataset examples.
import type * as TF from '@tensorflow/tfjs-core';
import { cellReader, unitMaps } from '../../model/cell';
import { compileEdits, expandedKernel, type CompiledEdits } from '../../model/edits';
import { loadTrainedModel, type TrainedModel } from '../../model/trained';
import { loadSlice, type AtlasSlice } from '../../model/slice';
import { MODEL_NAME } from '../../model/models';
import type { MixedSpec } from '../../model/architecture';
import { buildHandsetNetwork } from '../../model/handset-tf';
import type { CurveNetwork } from '../../model/handset-tf';
import type { BuildContext } from '../kit/host';
import type { EditName } from './spec';

export interface CurveFamilyNet {
	slice: AtlasSlice;
	backend: string;
	/** activations[image][k] of the family's k-th unit at its read cell */
	respond(images: Float32Array[], edit: EditName): number[][];
	/** the weights from each of `sources` (early-curve units) into the family unit, 5×5, rows top to bottom */
	kernels(unit: number, sources: number[]): number[][][];
	/** each image's map of one unit of the family's layer: maps[image][row][column] */
	maps(images: Float32Array[], unit: number): number[][][];
	/** the hand-set family, for the same stimulus side by side */
	handset: CurveNetwork;
	dispose(): void;
}

export function curveFamilyNet(tf: typeof TF, model: TrainedModel, slice: AtlasSlice, handset: CurveNetwork, backend: string): CurveFamilyNet {
	const { layer, cell, units } = slice.curves;
	const reader = cellReader(tf, model, layer, cell, units.map((u) => u.unit));
	const spec = model.architecture.layers.find((l) => l.name === layer) as MixedSpec;
	const compiled = new Map<EditName, CompiledEdits | null>([['none', null]]);
	const editsFor = (name: EditName) => {
		if (!compiled.has(name)) {
			const edit = slice.curves.edits.find((e) => e.name === name);
			if (!edit) throw new Error(`The atlas has no edit called ${name}`);
			compiled.set(name, compileEdits(tf, model, [{ target: layer, mode: 'drop-negative', pairs: edit.pairs.map(([source, target]) => ({ source, target })) }]));
		}
		return compiled.get(name)!;
	};
	return {
		slice,
		backend,
		respond: (images, edit) => reader.read(images, editsFor(edit)),
		kernels(unit, sources) {
			return tf.tidy(() => {
				const k = expandedKernel(tf, spec, model.weights, unit).arraySync() as number[][][];
				return sources.map((s) => k.map((row) => row.map((column) => column[s])));
			});
		},
		maps: (images, unit) => unitMaps(tf, model, images, layer, unit),
		handset,
		dispose() {
			reader.dispose();
			for (const edits of compiled.values()) edits?.dispose();
			handset.dispose();
		}
	};
}

/** Loads the atlas slice and the trained network (once per page), and builds the adapter. */
export async function build({ runtime, host, progress }: BuildContext): Promise<CurveFamilyNet> {
	const slice = await loadSlice(host.root(), MODEL_NAME);
	const model = await loadTrainedModel(runtime, host.root(), slice.modelBytes, progress);
	return curveFamilyNet(runtime.tf, model, slice, buildHandsetNetwork(runtime), runtime.backend);
}
