// The page's one engine, shared by every figure on it: started (in a worker where one can start) when the
// first figure nears the viewport, with every figure that waits for it hearing the progress.
import workerUrl from '../engine.worker.ts?worker&url';
import { startEngine, type EngineHandle } from '../../engine/client';
import type { Services } from '../services';
import type { LoadProgress } from '../../engine/backend';
import type { Emit } from '../../engine/messages';
import { MODEL_NAME } from '../../model/models';

type Listener = (p: LoadProgress) => void;
const listeners = new Set<Listener>();
let started: Promise<EngineHandle<Services>> | null = null;

async function local(emit: Emit) {
	const [{ createEngine }, { SERVICES }] = await Promise.all([import('../../engine/core'), import('../services')]);
	return createEngine(SERVICES, emit);
}

/**
 * The page's engine. `requested` is a backend to try first (as ?backend= names one), and `open` a trained
 * network to open as soon as it runs; only the first call's count, since the page has one engine. A page that sets `globalThis.zoomInSlowdown = 4` before it loads
 * makes the engine's work take four times as long, as on a slower device (npm run bench does, since
 * developer tools cannot slow a worker).
 */
export function pageEngine(
	requested: string | null,
	onProgress?: Listener,
	open: { root: string; name: string } | null = null
): Promise<EngineHandle<Services>> {
	if (onProgress) listeners.add(onProgress);
	if (!started) {
		const slowdown = Number((globalThis as { zoomInSlowdown?: number }).zoomInSlowdown ?? 1) || 1;
		const hear = (p: LoadProgress) => listeners.forEach((l) => l(p));
		started = startEngine<Services>({ workerUrl, local }, requested, hear, slowdown, open);
		// a read-only probe for tests and curious readers: `await zoomInMemory()` in the console
		started.then(
			(engine) => ((globalThis as { zoomInMemory?: () => unknown }).zoomInMemory = () => engine.memory()),
			() => (started = null)
		);
	}
	const done = () => onProgress && listeners.delete(onProgress);
	started.then(done, done);
	return started;
}

/** The head's word on what the page's figures run: `<meta name="zoom-in:engine" content="engine|trained">`. */
export const EARLY_META = 'zoom-in:engine';

/**
 * Starts the page's engine now, in the browser (with the address's ?backend=), before any figure asks for it,
 * and opens the trained network in it too when `trained`, from the site's root.
 */
export function startEngineEarly(trained: boolean, root: string) {
	if (typeof window === 'undefined') return;
	const open = trained ? { root, name: MODEL_NAME } : null;
	pageEngine(new URLSearchParams(location.search).get('backend'), undefined, open).catch(() => {
		// a figure that needs it will say what went wrong
	});
}
