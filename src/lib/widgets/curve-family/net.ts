// What the trained curve widget asks of the network: the family's activations at its read cell for any
// images, with an edit compiled once per edit set, the family's weights from the early curves, and the
// activation maps of its dataset examples.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch, mixed } from '../../model/inception';
import { layerBefore } from '../../model/architecture';
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

/**
 * The window of the block below that one cell of a mixed block reads: its widest branch (a 5×5 convolution,
 * after at most a 1×1 bottleneck) reaches two cells either side, the pooling branch one. On that window the
 * cell's value is the whole map's: the padding around the window lies beyond every branch's reach.
 */
const HALF = 2;
const WINDOW = 2 * HALF + 1;

export function curveFamilyNet(tf: typeof TF, model: TrainedModel, slice: AtlasSlice, handset: CurveNetwork, backend: string): CurveFamilyNet {
	const { layer, cell, units } = slice.curves;
	const family = tf.tensor1d(units.map((u) => u.unit), 'int32');
	const spec = model.architecture.layers.find((l) => l.name === layer) as MixedSpec;
	const before = layerBefore(model.architecture, layer);
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
		respond(images, edit) {
			const edits = editsFor(edit);
			return tf.tidy(() => {
				// the block below in full, then the family's block only on the window that the read cell sees:
				// the same numbers as the whole map at that cell, for a tenth of the block's work
				const below = forward(tf, model, imageBatch(tf, images), { upTo: before })[before] as TF.Tensor4D;
				const [n, size, , channels] = below.shape;
				const top = Math.max(0, Math.min(size - WINDOW, cell.row - HALF));
				const left = Math.max(0, Math.min(size - WINDOW, cell.column - HALF));
				const window = tf.slice(below, [0, top, left, 0], [n, WINDOW, WINDOW, channels]);
				const a = mixed(tf, window, spec, model.weights, edits);
				const atCell = tf.reshape(tf.slice(a, [0, cell.row - top, cell.column - left, 0], [n, 1, 1, a.shape[3]]), [n, a.shape[3]]);
				return tf.gather(atCell, family, 1).arraySync() as number[][];
			});
		},
		kernels(unit, sources) {
			return tf.tidy(() => {
				const k = expandedKernel(tf, spec, model.weights, unit).arraySync() as number[][][];
				return sources.map((s) => k.map((row) => row.map((column) => column[s])));
			});
		},
		maps(images, unit) {
			return tf.tidy(() => {
				const a = forward(tf, model, imageBatch(tf, images), { upTo: layer })[layer] as TF.Tensor4D;
				const [n, h, w] = a.shape;
				return tf.reshape(tf.slice(a, [0, 0, 0, unit], [n, h, w, 1]), [n, h, w]).arraySync() as number[][][];
			});
		},
		handset,
		dispose() {
			family.dispose();
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
