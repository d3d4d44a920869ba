// Where the network runs (the engine): the circuit's units and the dog logit read off heads, with the cut
// edges compiled once per set of cuts (exact: each cut unit recomputed without its sources), and the same
// over every held-out head as a job, a few heads between checkpoints.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch } from '../../model/inception';
import { compileEdits } from '../../model/edits';
import type { CompiledEdits } from '../../model/types';
import type { HeadsSlice } from '../../atlas/slice';
import type { TrainedModel } from '../../model/trained';
import { centralSquare } from '../../measure/probe';
import type { EngineContext, JobControl } from '../../engine/core';
import { headImage, type CircuitReading } from './state';

export type Cut = { source: number; target: number }[];

/** Heads read between checkpoints of the measure over every head. */
const CHUNK = 3;

export const service = ({ tf, trained }: EngineContext) => {
	const compiled = new Map<string, CompiledEdits | null>([['', null]]);
	const editsFor = (model: TrainedModel, heads: HeadsSlice, cut: Cut) => {
		const key = cut.map((c) => `${c.source}-${c.target}`).join(',');
		if (!compiled.has(key)) {
			// keep the intact network and the latest few cut sets compiled; drop the oldest
			if (compiled.size > 4) {
				const oldest = [...compiled.keys()].find((k) => k !== '')!;
				compiled.get(oldest)?.dispose();
				compiled.delete(oldest);
			}
			compiled.set(key, compileEdits(tf, model, [{ target: heads.circuitLayer, mode: 'cut', pairs: cut }]));
		}
		return compiled.get(key)!;
	};
	const central = (a: TF.Tensor4D) => {
		const [n, size, , c] = a.shape;
		const { start, extent } = centralSquare(size);
		return tf.reshape(tf.mean(tf.slice(a, [0, start, start, 0], [n, extent, extent, c]), [1, 2]), [
			n,
			c
		]) as TF.Tensor2D;
	};
	const read = async (heads: HeadsSlice, images: Float32Array[], cut: Cut): Promise<CircuitReading[]> => {
		const model = await trained();
		const edits = editsFor(model, heads, cut);
		const sources = [...heads.sources.left, ...heads.sources.right].map((u) => u.unit);
		const [src, circuit, union, logits] = tf.tidy(() => {
			const acts = forward(tf, model, imageBatch(tf, images), { edits });
			return [
				central(acts[heads.sourceLayer] as TF.Tensor4D).arraySync(),
				central(acts[heads.circuitLayer] as TF.Tensor4D).arraySync(),
				central(acts[heads.unionLayer] as TF.Tensor4D).arraySync(),
				(acts.logits as TF.Tensor2D).arraySync()
			];
		});
		return images.map((_, i) => ({
			sources: Object.fromEntries(sources.map((u) => [u, src[i][u]])),
			left: circuit[i][heads.left.unit],
			right: circuit[i][heads.right.unit],
			union: union[i][heads.union.unit],
			dog: logits[i][heads.dogClass]
		}));
	};
	return {
		read,
		/** one head as the page names it, drawn here: its reading, and the image the network got */
		show: async (heads: HeadsSlice, shown: { head: number; facing: 'left' | 'right'; chimera: boolean }, cut: Cut) => {
			const image = headImage(shown.head, shown.facing, shown.chimera);
			return { reading: (await read(heads, [image], cut))[0], image: image.slice() };
		},
		/** every held-out head facing left and right, read with `cut`; progress: heads done */
		overMany: async (heads: HeadsSlice, cut: Cut, control: JobControl<{ done: number; total: number }>) => {
			const left: CircuitReading[] = [];
			const right: CircuitReading[] = [];
			for (let start = 0; start < heads.pairs; start += CHUNK) {
				await control.checkpoint();
				const ks = Array.from({ length: Math.min(CHUNK, heads.pairs - start) }, (_, i) => start + i);
				const readings = await read(
					heads,
					[...ks.map((k) => headImage(k, 'left', false)), ...ks.map((k) => headImage(k, 'right', false))],
					cut
				);
				left.push(...readings.slice(0, ks.length));
				right.push(...readings.slice(ks.length));
				control.progress({ done: left.length, total: heads.pairs });
			}
			return { left, right };
		}
	};
};
