// Loading the trained network: model.json, the weights manifest and its shards, checked before use.
import type * as TF from '@tensorflow/tfjs-core';
import { checkModelInfo, expectedWeights, type ModelInfo } from './architecture';
import type { Model } from './types';

type Tf = typeof TF;

export interface ManifestGroup {
	paths: string[];
	weights: TF.io.WeightsManifestEntry[];
}

/** Fetches a file's bytes or JSON; in Node, a reader of local files stands in for fetch. */
export type Reader = (path: string) => Promise<ArrayBuffer>;

export class ModelLoadError extends Error {}

/** How far a load has got, for a progress bar: `step` of `steps`, in words. */
export interface LoadProgress {
	step: number;
	steps: number;
	label: string;
}

/**
 * Loads `directory`/model.json, weights_manifest.json and the shards it names, and checks every shape; tells
 * `onWeights` how many bytes of weights the manifest describes before it reads them.
 */
export async function loadModel(
	tfReady: Tf | Promise<Tf>,
	directory: string,
	read: Reader,
	onWeights?: (bytes: number) => void
): Promise<Model & { info: ModelInfo }> {
	const json = async (name: string) => {
		let bytes: ArrayBuffer;
		try {
			bytes = await read(`${directory}/${name}`);
		} catch (e) {
			throw new ModelLoadError(`Could not load ${name} of the model (${e instanceof Error ? e.message : e}).`);
		}
		try {
			return JSON.parse(new TextDecoder().decode(bytes));
		} catch {
			throw new ModelLoadError(`The model's ${name} is not valid JSON: the file is damaged or is not a model file.`);
		}
	};
	// both descriptions at once; the model's is checked first
	const [description, listing] = [json('model.json'), json('weights_manifest.json')];
	listing.catch(() => {});
	let info: ModelInfo;
	try {
		info = checkModelInfo(await description);
	} catch (e) {
		throw e instanceof ModelLoadError
			? e
			: new ModelLoadError(`The model description is not usable: ${(e as Error).message}`);
	}
	const manifest = (await listing) as ManifestGroup[];
	if (!Array.isArray(manifest) || !manifest.every((g) => Array.isArray(g.paths) && Array.isArray(g.weights)))
		throw new ModelLoadError('The weights manifest is not a tfjs weights manifest.');

	const specs = manifest.flatMap((g) => g.weights);
	const bytesPerValue = (spec: TF.io.WeightsManifestEntry) =>
		spec.quantization?.dtype === 'float16' ? 2 : spec.quantization?.dtype === 'uint8' ? 1 : 4;
	const needed = specs.reduce((n, s) => n + s.shape.reduce((a, b) => a * b, 1) * bytesPerValue(s), 0);
	onWeights?.(needed);
	const shards = await Promise.all(
		manifest
			.flatMap((g) => g.paths)
			.map((path) =>
				read(`${directory}/${path}`).catch((e) => {
					throw new ModelLoadError(`Could not load the weights file ${path} (${e instanceof Error ? e.message : e}).`);
				})
			)
	);
	const total = shards.reduce((n, s) => n + s.byteLength, 0);
	const buffer = new Uint8Array(total);
	shards.reduce((offset, s) => (buffer.set(new Uint8Array(s), offset), offset + s.byteLength), 0);

	if (needed !== total)
		throw new ModelLoadError(
			`The weights file holds ${total} bytes but the manifest describes ${needed}: ` +
				'it is truncated or does not belong to this model.'
		);

	// tfjs may still be starting while the files arrive
	const tf = await tfReady;
	const weights = tf.io.decodeWeights(buffer.buffer, specs);
	for (const [name, shape] of expectedWeights(info.architecture)) {
		const tensor = weights[name];
		if (!tensor || tensor.shape.join('x') !== shape.join('x')) {
			tf.dispose(Object.values(weights));
			const found = tensor ? tensor.shape.join('×') : 'nothing';
			throw new ModelLoadError(
				`The weights do not fit the architecture: ${name} should be ${shape.join('×')}, found ${found}.`
			);
		}
	}
	return { architecture: info.architecture, classes: info.classes, weights, info };
}

/** A reader for the browser: fetch relative to the page, with HTTP errors as errors. */
export const fetchReader: Reader = async (path) => {
	const response = await fetch(path);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.arrayBuffer();
};
