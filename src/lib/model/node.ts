// tfjs in Node for the analysis and tests: the wasm backend (or cpu), and a file reader for loadModel.
import { readFile } from 'node:fs/promises';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-wasm';
import { loadModel, type Reader } from './load';
import { MODEL_DIR } from './models';

export { MODEL_DIR, MODEL_NAME, modelDir } from './models';

export const fileReader: Reader = async (path) => {
	const bytes = await readFile(path);
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

export async function nodeTf(backend: 'wasm' | 'cpu' = 'wasm') {
	tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
	await tf.setBackend(backend);
	await tf.ready();
	return tf;
}

export const loadNodeModel = async (t: typeof tf, directory = MODEL_DIR) => loadModel(t, directory, fileReader);
