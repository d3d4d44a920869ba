// Which tfjs backend to try first, from what the browser's WebGL says about its renderer.

export type BackendName = 'webgl' | 'wasm' | 'cpu';
export const BACKENDS: BackendName[] = ['webgl', 'wasm', 'cpu'];

/** Renderers that draw on the CPU: on those, tfjs's wasm backend is several times faster than WebGL. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

export const isSoftwareRenderer = (renderer: string) => SOFTWARE_RENDERER.test(renderer);

/**
 * The order to try backends in. `renderer` is the WebGL renderer string, or null without WebGL;
 * `requested` (e.g. from `?backend=`) goes first when it names a backend.
 */
export function backendOrder(renderer: string | null, requested?: string | null): BackendName[] {
	const first: BackendName = renderer !== null && !isSoftwareRenderer(renderer) ? 'webgl' : 'wasm';
	const order: BackendName[] = [first, 'wasm', 'cpu'];
	if (requested && (BACKENDS as string[]).includes(requested)) order.unshift(requested as BackendName);
	return [...new Set(order)];
}

/** The WebGL renderer's name, or null without WebGL; in a worker, through an OffscreenCanvas (null without one). */
export function webglRenderer(): string | null {
	try {
		const canvas =
			typeof document !== 'undefined'
				? document.createElement('canvas')
				: typeof OffscreenCanvas !== 'undefined'
					? new OffscreenCanvas(1, 1)
					: null;
		if (!canvas) return null;
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
		if (!gl) return null;
		const info = gl.getExtension('WEBGL_debug_renderer_info');
		const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return renderer;
	} catch {
		return null;
	}
}
