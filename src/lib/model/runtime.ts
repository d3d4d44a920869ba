// The one place that owns tfjs in the browser: loads it on first use, picks a backend, reports progress.
import type * as TF from '@tensorflow/tfjs-core';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { backendOrder, webglRenderer, type BackendName } from './backends';

export type Tf = typeof TF;

export interface Runtime {
	tf: Tf;
	backend: BackendName;
}

export interface LoadProgress {
	step: number;
	steps: number;
	label: string;
}

type Listener = (progress: LoadProgress) => void;

const listeners = new Set<Listener>();
let started: Promise<Runtime> | null = null;

const report = (progress: LoadProgress) => listeners.forEach((listener) => listener(progress));

async function register(tf: Tf, backend: BackendName): Promise<boolean> {
	try {
		if (backend === 'webgl') await import('@tensorflow/tfjs-backend-webgl');
		if (backend === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
		if (backend === 'wasm') {
			const wasm = await import('@tensorflow/tfjs-backend-wasm');
			// threads gain nothing on small nets and need cross-origin isolation
			tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
			wasm.setWasmPaths({
				'tfjs-backend-wasm.wasm': wasmPlain,
				'tfjs-backend-wasm-simd.wasm': wasmSimd,
				'tfjs-backend-wasm-threaded-simd.wasm': wasmThreaded
			});
		}
		return await tf.setBackend(backend);
	} catch {
		return false;
	}
}

async function start(requested: string | null): Promise<Runtime> {
	const steps = 3;
	report({ step: 0, steps, label: 'Loading TensorFlow.js' });
	const tf = await import('@tensorflow/tfjs-core');
	for (const backend of backendOrder(webglRenderer(), requested)) {
		report({ step: 1, steps, label: `Starting the ${backend} backend` });
		if (await register(tf, backend)) {
			await tf.ready();
			report({ step: 3, steps, label: `Running on ${backend}` });
			exposeMemory(tf);
			return { tf, backend };
		}
	}
	throw new Error('No TensorFlow.js backend could start in this browser (tried WebGL, WebAssembly and plain JavaScript).');
}

/** A read-only probe for tests and curious readers: `zoomInMemory()` in the console. */
function exposeMemory(tf: Tf) {
	(globalThis as { zoomInMemory?: () => TF.MemoryInfo }).zoomInMemory = () => tf.memory();
}

/**
 * Starts tfjs once for the whole page; every widget shares it.
 * @param requested a backend to try first, as named by `?backend=` (webgl, wasm, cpu)
 */
export function loadRuntime(requested: string | null = null, onProgress?: Listener): Promise<Runtime> {
	if (onProgress) listeners.add(onProgress);
	started ??= start(requested);
	const done = () => onProgress && listeners.delete(onProgress);
	started.then(done, done);
	return started;
}
