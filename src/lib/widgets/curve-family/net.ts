// What the trained curve widget asks of the network, which runs in the page's engine: the family's
// activations at its read cell for an image, with an edit compiled once per edit set; tuning sweeps for a
// radius, paper and edit; the family's weights from the early curves; its dataset examples drawn and mapped;
// and the hand-set family for the same ink.
import type { Job } from '../../engine/client';
import type { NamedEdits, ReaderSpec } from '../../engine/services/trained';
import type { AtlasSlice } from '../../atlas/slice';
import { MODEL_NAME } from '../../model/models';
import { TUNING_ANGLES, type SweepStimulus } from '../../measure/sweeps';
import { openTrained, type BuildContext } from '../kit/host';
import type { MappedScene } from '../parts/scenes';
import type { EditName, Paper } from './spec';
import { PAPER_CONDITIONS } from './state';

export interface CurveFamilyNet {
	slice: AtlasSlice;
	/** activations[k] of the family's k-th unit at its read cell, for an image drawn on the page (strokes) */
	respond(image: Float32Array, edit: EditName): Promise<number[]>;
	/** a curve opening towards `angle` on this paper, drawn where the network runs: the family's answer, and the image */
	answer(
		angle: number,
		radius: number,
		paper: Paper,
		edit: EditName
	): Promise<{ values: number[]; images: Float32Array[] }>;
	/** table[unit][angle] over the slice's angles, for curves of this radius on this paper; progress: angles done */
	sweep(radius: number, paper: Paper, edit: EditName, onProgress?: (done: number) => void): Job<number[][]>;
	/** the weights from each of `sources` (early-curve units) into the family unit, 5×5, rows top to bottom */
	kernels(unit: number, sources: number[]): Promise<number[][][]>;
	/** held-out scenes of the examples' split, drawn and mapped for one unit of the family's layer */
	scenes(unit: number, indices: number[]): Promise<MappedScene[]>;
	/** the hand-set family's answer to ink on blank paper (one hand-set input image) */
	handset(ink: Float32Array): Promise<number[]>;
	dispose(): void;
}

const ANGLES_PER_CHECKPOINT = 18;

export function curveFamilyNet({ engine }: Pick<BuildContext, 'engine'>, slice: AtlasSlice): CurveFamilyNet {
	const { layer, cell, units, radius: measured, shift } = slice.curves;
	const reader: ReaderSpec = { layer, cell, units: units.map((u) => u.unit) };
	const curveStimulus = (radius: number | null, paper: Paper): SweepStimulus => ({
		kind: 'curve',
		radius: radius ?? measured,
		shift,
		condition: PAPER_CONDITIONS[paper]
	});
	const editsOf = (name: EditName): NamedEdits | null => {
		if (name === 'none') return null;
		const edit = slice.curves.edits.find((e) => e.name === name);
		if (!edit) throw new Error(`The atlas has no edit called ${name}`);
		return {
			key: `curves/${name}`,
			edits: [
				{ target: layer, mode: 'drop-negative', pairs: edit.pairs.map(([source, target]) => ({ source, target })) }
			]
		};
	};
	return {
		slice,
		respond: async (image, edit) => (await engine.call('trained', 'read', reader, [image], editsOf(edit)))[0],
		answer: (angle, radius, paper, edit) =>
			engine.call('trained', 'answer', reader, curveStimulus(radius, paper), angle, editsOf(edit)),
		sweep: (radius, paper, edit, onProgress) =>
			engine.job(
				'trained',
				'sweep',
				[
					reader,
					curveStimulus(radius, paper),
					slice.curves.angles ?? TUNING_ANGLES,
					editsOf(edit),
					ANGLES_PER_CHECKPOINT
				],
				onProgress
			),
		kernels: (unit, sources) => engine.call('trained', 'kernels', layer, unit, sources),
		scenes: (unit, indices) => engine.call('trained', 'scenes', layer, unit, slice.curves.examplesSplit, indices),
		handset: (ink) => engine.call('handset', 'ink', ink, true),
		dispose() {}
	};
}

/** Opens the trained network in the page's engine (once per page) and builds the adapter. */
export async function build(context: BuildContext): Promise<CurveFamilyNet> {
	return curveFamilyNet(context, await openTrained(context, MODEL_NAME));
}
