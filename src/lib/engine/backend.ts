// Starting tfjs where the engine runs (a worker, or the page): loads it on first use and picks a backend,
// WebGL on real graphics hardware (through OffscreenCanvas in a worker), WebAssembly where the renderer
// is software or missing, plain JavaScript last.
import type * as TF from '@tensorflow/tfjs-core';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { backendOrder, webglRenderer, type BackendName } from '../model/backends';
import type { LoadProgress } from '../model/load';

export type { LoadProgress };

async function register(tf: typeof TF, backend: BackendName): Promise<boolean> {
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

/** tfjs on the first backend that starts, trying `requested` (webgl, wasm, cpu) first. */
export async function startBackend(
	requested: string | null,
	onProgress?: (p: LoadProgress) => void
): Promise<typeof TF> {
	const steps = 3;
	onProgress?.({ step: 0, steps, label: 'Loading TensorFlow.js' });
	const tf = await import('@tensorflow/tfjs-core');
	for (const backend of backendOrder(webglRenderer(), requested)) {
		onProgress?.({ step: 1, steps, label: `Starting the ${backend} backend` });
		if (await register(tf, backend)) {
			await tf.ready();
			onProgress?.({ step: 3, steps, label: `Running on ${backend}` });
			return tf;
		}
	}
	throw new Error(
		'No TensorFlow.js backend could start in this browser (tried WebGL, WebAssembly and plain JavaScript).'
	);
}
