// The trained network as an engine service: some units of a layer read at one cell (with circuit edits
// compiled once per edit set and kept for the next call), whole maps of one unit, the weights into a unit,
// held-out scenes drawn and mapped, and tuning sweeps run as jobs, a few angles between checkpoints.
import { cellReader, unitMaps, type CellReader } from '../../model/cell';
import { compileEdits, expandedKernel } from '../../model/edits';
import type { CompiledEdits, EdgeEdit } from '../../model/types';
import type { MixedSpec } from '../../model/architecture';
import type { TrainedModel } from '../../model/trained';
import { groupMeans } from '../../measure/measures';
import { byUnit, sweepImages, type SweepStimulus } from '../../measure/sweeps';
import { datasetScene } from '../../world/scenes';
import type { EngineContext, JobControl } from '../core';

/** Which units of which layer, read at which cell. */
export interface ReaderSpec {
	layer: string;
	cell: { row: number; column: number };
	units: number[];
}

/** An edit set, with a name for it that stays the same while the edits do (the compiled form is kept under it). */
export interface NamedEdits {
	key: string;
	edits: EdgeEdit[];
}

/** Compiled edit sets kept at once: the intact network, and the latest few the reader has tried. */
const KEEP_EDITS = 6;

export const trained = ({ tf, trained: model, pause }: EngineContext) => {
	const readers = new Map<string, CellReader>();
	const compiled = new Map<string, CompiledEdits>();

	const readerFor = (m: TrainedModel, spec: ReaderSpec) => {
		const key = `${spec.layer}|${spec.cell.row},${spec.cell.column}|${spec.units.join(',')}`;
		let reader = readers.get(key);
		if (!reader) readers.set(key, (reader = cellReader(tf, m, spec.layer, spec.cell, spec.units)));
		return reader;
	};
	const editsFor = (m: TrainedModel, named: NamedEdits | null) => {
		if (!named || !named.edits.length) return null;
		let edits = compiled.get(named.key);
		if (!edits) {
			if (compiled.size >= KEEP_EDITS) {
				const [oldest, first] = compiled.entries().next().value!;
				first.dispose();
				compiled.delete(oldest);
			}
			compiled.set(named.key, (edits = compileEdits(tf, m, named.edits)));
		}
		return edits;
	};
	const read = async (spec: ReaderSpec, images: Float32Array[], edits: NamedEdits | null = null) => {
		const m = await model();
		return readerFor(m, spec).read(images, editsFor(m, edits));
	};

	return {
		/** activations[image][k] of the k-th unit of `spec` at its cell */
		read,

		/** the same, each row the mean over a group of `per` consecutive images (a stimulus on several textures) */
		readMeans: async (spec: ReaderSpec, images: Float32Array[], per: number, edits: NamedEdits | null = null) =>
			groupMeans(await read(spec, images, edits), per),

		/**
		 * A stimulus drawn here at one angle, read: the units' answers (the mean over its images) and the images
		 * themselves, so the page shows exactly what the network got without drawing it on its own thread.
		 */
		answer: async (spec: ReaderSpec, stimulus: SweepStimulus, angle: number, edits: NamedEdits | null = null) => {
			const images = sweepImages(stimulus, angle);
			return { values: groupMeans(await read(spec, images, edits), images.length)[0], images };
		},

		/** each image's map of one unit: maps[image][row][column] */
		maps: async (layer: string, unit: number, images: Float32Array[]) =>
			unitMaps(tf, await model(), images, layer, unit),

		/** held-out scenes drawn from their seeds, each with its map of one unit */
		scenes: async (layer: string, unit: number, split: number, indices: number[]) => {
			const m = await model();
			const drawn = indices.map((index) => datasetScene(split, index));
			const maps = unitMaps(
				tf,
				m,
				drawn.map((s) => s.image),
				layer,
				unit
			);
			return drawn.map((scene, i) => ({ image: scene.image, className: scene.className, map: maps[i] }));
		},

		/** the weights from each of `sources` (units of the layer below) into `unit`, 5×5, rows top to bottom */
		kernels: async (layer: string, unit: number, sources: number[]) => {
			const m = await model();
			const spec = m.architecture.layers.find((l) => l.name === layer) as MixedSpec;
			return tf.tidy(() => {
				const k = expandedKernel(tf, spec, m.weights, unit).arraySync() as number[][][];
				return sources.map((s) => k.map((row) => row.map((column) => column[s])));
			});
		},

		/**
		 * A tuning sweep as a job: table[unit][angle], `perCheckpoint` angles between checkpoints;
		 * progress is the angles done.
		 */
		sweep: async (
			spec: ReaderSpec,
			stimulus: SweepStimulus,
			angles: number[],
			edits: NamedEdits | null,
			perCheckpoint: number,
			control: JobControl<number>
		) => {
			const m = await model();
			const reader = readerFor(m, spec);
			const compiledEdits = editsFor(m, edits);
			const rows: number[][] = [];
			for (let from = 0; from < angles.length; from += perCheckpoint) {
				await control.checkpoint();
				const chunk = angles.slice(from, from + perCheckpoint).map((angle) => sweepImages(stimulus, angle));
				const per = chunk[0].length;
				rows.push(...groupMeans(reader.read(chunk.flat(), compiledEdits), per));
				control.progress(rows.length);
			}
			await pause();
			return byUnit(rows);
		},

		/** lets go of what the service keeps (readers, compiled edits) */
		release() {
			for (const r of readers.values()) r.dispose();
			for (const e of compiled.values()) e.dispose();
			readers.clear();
			compiled.clear();
		}
	};
};
