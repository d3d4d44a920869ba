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

/** Each backend's module, fetched once: the first to try is asked for while tfjs itself loads. */
const modules: Partial<Record<BackendName, Promise<unknown>>> = {};
const LOADERS: Record<BackendName, () => Promise<unknown>> = {
	webgl: () => import('@tensorflow/tfjs-backend-webgl'),
	wasm: () => import('@tensorflow/tfjs-backend-wasm'),
	cpu: () => import('@tensorflow/tfjs-backend-cpu')
};
const moduleOf = (backend: BackendName) => (modules[backend] ??= LOADERS[backend]());

async function register(tf: typeof TF, backend: BackendName): Promise<boolean> {
	try {
		await moduleOf(backend);
		if (backend === 'wasm') {
			const wasm = (await moduleOf('wasm')) as typeof import('@tensorflow/tfjs-backend-wasm');
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
	const core = import('@tensorflow/tfjs-core');
	// a backend asked for is tried first without probing WebGL (which takes a while where it is software);
	// the rest of the order waits for the probe. The first backend's module loads alongside tfjs (a failure
	// there is met again, and said, below).
	const asked = backendOrder(null, requested)[0] === requested ? (requested as BackendName) : null;
	const rest = (): BackendName[] => backendOrder(webglRenderer(), requested).filter((b) => b !== asked);
	const order: BackendName[] = asked ? [asked] : rest();
	moduleOf(order[0]).catch(() => {});
	const tf = await core;
	for (let i = 0; i < order.length; i++) {
		const backend = order[i];
		onProgress?.({ step: 1, steps, label: `Starting the ${backend} backend` });
		if (await register(tf, backend)) {
			await tf.ready();
			onProgress?.({ step: 3, steps, label: `Running on ${backend}` });
			return tf;
		}
		if (i === 0 && asked) order.push(...rest());
	}
	throw new Error(
		'No TensorFlow.js backend could start in this browser (tried WebGL, WebAssembly and plain JavaScript).'
	);
}
