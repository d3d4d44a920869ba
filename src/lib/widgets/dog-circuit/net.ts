// What the dog-circuit widget asks of the network: the circuit's units and the dog logit for a head, with
// the cut edges compiled once per set of cuts (exact: each cut unit recomputed without its sources), and
// the same over every held-out head, a few at a time so the page stays responsive.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch } from '../../model/inception';
import { compileEdits, type CompiledEdits } from '../../model/edits';
import { loadTrainedModel, type TrainedModel } from '../../model/trained';
import { loadSlice, type AtlasSlice, type HeadsSlice } from '../../model/slice';
import { MODEL_NAME } from '../../model/models';
import { centralSquare } from '../../measure/probe';
import type { BuildContext } from '../kit/host';
import { headImage, type CircuitReading } from './state';

export interface DogCircuitNet {
	slice: AtlasSlice;
	/** the circuit read off each image, with these edges cut */
	read(images: Float32Array[], cut: { source: number; target: number }[]): CircuitReading[];
	/** the same for every held-out head facing left and right, in chunks; resolves unless cancelled */
	overMany(cut: { source: number; target: number }[], onProgress: (done: number, total: number) => void, cancelled: () => boolean): Promise<{ left: CircuitReading[]; right: CircuitReading[] } | null>;
	dispose(): void;
}

const CHUNK = 3;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

export function dogCircuitNet(tf: typeof TF, model: TrainedModel, slice: AtlasSlice): DogCircuitNet {
	const h: HeadsSlice = slice.heads;
	const sources = [...h.sources.left, ...h.sources.right].map((u) => u.unit);
	const compiled = new Map<string, CompiledEdits | null>([['', null]]);
	const editsFor = (cut: { source: number; target: number }[]) => {
		const key = cut.map((c) => `${c.source}-${c.target}`).join(',');
		if (!compiled.has(key)) {
			// keep the intact network and the latest few cut sets compiled; drop the oldest
			if (compiled.size > 4) {
				const oldest = [...compiled.keys()].find((k) => k !== '')!;
				compiled.get(oldest)?.dispose();
				compiled.delete(oldest);
			}
			compiled.set(key, compileEdits(tf, model, [{ target: h.circuitLayer, mode: 'cut', pairs: cut }]));
		}
		return compiled.get(key)!;
	};
	const central = (a: TF.Tensor4D) => {
		const [n, size, , c] = a.shape;
		const { start, extent } = centralSquare(size);
		return tf.reshape(tf.mean(tf.slice(a, [0, start, start, 0], [n, extent, extent, c]), [1, 2]), [n, c]) as TF.Tensor2D;
	};
	const read: DogCircuitNet['read'] = (images, cut) => {
		const edits = editsFor(cut);
		const [src, circuit, union, logits] = tf.tidy(() => {
			const acts = forward(tf, model, imageBatch(tf, images), { edits });
			return [
				central(acts[h.sourceLayer] as TF.Tensor4D).arraySync(),
				central(acts[h.circuitLayer] as TF.Tensor4D).arraySync(),
				central(acts[h.unionLayer] as TF.Tensor4D).arraySync(),
				(acts.logits as TF.Tensor2D).arraySync()
			];
		});
		return images.map((_, i) => ({
			sources: Object.fromEntries(sources.map((u) => [u, src[i][u]])),
			left: circuit[i][h.left.unit],
			right: circuit[i][h.right.unit],
			union: union[i][h.union.unit],
			dog: logits[i][h.dogClass]
		}));
	};
	return {
		slice,
		read,
		async overMany(cut, onProgress, cancelled) {
			const left: CircuitReading[] = [];
			const right: CircuitReading[] = [];
			for (let start = 0; start < h.pairs; start += CHUNK) {
				if (cancelled()) return null;
				const heads = Array.from({ length: Math.min(CHUNK, h.pairs - start) }, (_, i) => start + i);
				const readings = read([...heads.map((k) => headImage(k, 'left', false)), ...heads.map((k) => headImage(k, 'right', false))], cut);
				left.push(...readings.slice(0, heads.length));
				right.push(...readings.slice(heads.length));
				onProgress(left.length, h.pairs);
				await nextFrame();
			}
			return { left, right };
		},
		dispose() {
			for (const edits of compiled.values()) edits?.dispose();
		}
	};
}

export async function build({ runtime, host, progress }: BuildContext): Promise<DogCircuitNet> {
	const slice = await loadSlice(host.root(), MODEL_NAME);
	const model = await loadTrainedModel(runtime, host.root(), slice.modelBytes, progress);
	return dogCircuitNet(runtime.tf, model, slice);
}
