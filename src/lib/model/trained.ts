// The trained network in the browser: fetched once per page (every widget shares it), with progress in
// bytes, checked by loadModel, and cached by the browser like any other file.
import type * as TF from '@tensorflow/tfjs-core';
import { loadModel, ModelLoadError, type LoadProgress, type Reader } from './load';
import type { Model } from './types';
import type { ModelInfo } from './architecture';
import { MODEL_NAME } from './models';

export type TrainedModel = Model & { info: ModelInfo };

type Listener = (p: LoadProgress) => void;
const loads = new Map<string, { model: Promise<TrainedModel>; listeners: Set<Listener> }>();

/** A reader that reports every chunk it receives, so a progress bar can count bytes. */
export function countingReader(onBytes: (bytes: number) => void): Reader {
	return async (path) => {
		const response = await fetch(path);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		if (!response.body) {
			const whole = await response.arrayBuffer();
			onBytes(whole.byteLength);
			return whole;
		}
		const reader = response.body.getReader();
		const chunks: Uint8Array[] = [];
		let length = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			length += value.length;
			onBytes(value.length);
		}
		const out = new Uint8Array(length);
		chunks.reduce((offset, chunk) => (out.set(chunk, offset), offset + chunk.length), 0);
		return out.buffer;
	};
}

/**
 * The trained network, loaded once per page and site root; the progress counts the weights' bytes (the
 * manifest says how many) as they arrive. `tf` may be on its way: the files are fetched meanwhile.
 */
export function loadTrainedModel(
	tf: typeof TF | Promise<typeof TF>,
	root: string,
	onProgress?: Listener,
	name = MODEL_NAME
): Promise<TrainedModel> {
	const directory = new URL(`models/${name}`, root).href;
	let load = loads.get(directory);
	if (!load) {
		const listeners = new Set<Listener>();
		let received = 0;
		/** the weights' bytes, once the manifest is in (what comes before it is not counted) */
		let bytes = 0;
		const kb = (n: number) => `${Math.round(n / 1024)} KB`;
		const reader = countingReader((n) => {
			if (!bytes) return;
			received += n;
			const p = {
				step: Math.min(received, bytes),
				steps: bytes,
				label: `Loading the trained network (${kb(received)} of ${kb(bytes)})`
			};
			listeners.forEach((listener) => listener(p));
		});
		const model = loadModel(tf, directory, reader, (total) => (bytes = total));
		load = { model, listeners };
		loads.set(directory, load);
		// a failed load is not remembered: a later widget may try again
		model.catch(() => loads.delete(directory));
	}
	const { model, listeners } = load;
	if (onProgress) {
		listeners.add(onProgress);
		const done = () => listeners.delete(onProgress);
		model.then(done, done);
	}
	return model;
}

export { ModelLoadError };
