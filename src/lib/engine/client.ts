// The page's side of the engine: starts it in a module worker (through Comlink; on another site's page, from
// a blob of that page's origin that imports the site's worker script), or, where no worker can start (a page
// whose Content-Security-Policy refuses it; a browser without module workers), on the page's main thread, and
// says which and why. Either way figures get the same asynchronous calls and jobs.
import * as Comlink from 'comlink';
import type * as TF from '@tensorflow/tfjs-core';
import type { Engine, JobControl } from './core';
import { PROGRESS_MESSAGE, START_PARAMETER, type Emit } from './messages';
import type { LoadProgress } from './backend';

export interface Job<T> {
	/** the job's result; null once cancelled */
	result: Promise<T | null>;
	/** resolves once the job holds still: every progress report it made has been heard before */
	pause(): Promise<void>;
	resume(): void;
	cancel(): void;
}

type Params<F> = F extends (...args: infer A) => unknown ? A : never;
/** the methods of a service that run as jobs: their last parameter is the job's control */
type IsJob<F> = Params<F> extends [...unknown[], JobControl<infer _>] ? true : false;
type Names<S, Job extends boolean> = {
	[M in keyof S & string]: S[M] extends (...args: never[]) => unknown ? (IsJob<S[M]> extends Job ? M : never) : never;
}[keyof S & string];
/** a job's arguments: all but its control (its result is null once cancelled: Job says so) */
type JobParams<F> = Params<F> extends [...infer A, JobControl<infer _>] ? A : never;
type ProgressOf<F> = Params<F> extends [...unknown[], JobControl<infer P>] ? P : never;
type ResultOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/**
 * The page's engine, its calls checked against the services it runs (`S`, by service name): a misspelt
 * method, a wrong argument or a result taken for something else fails the type check, not the browser.
 */
export interface EngineHandle<S extends object = object> {
	backend: string;
	/** where the networks run: in a worker, or on the page's main thread (then `why` says why) */
	where: 'worker' | 'page';
	why: string | null;
	call<K extends keyof S & string, M extends Names<S[K], false> & keyof S[K]>(
		service: K,
		method: M,
		...args: Params<S[K][M]>
	): Promise<ResultOf<S[K][M]>>;
	job<K extends keyof S & string, M extends Names<S[K], true> & keyof S[K]>(
		service: K,
		method: M,
		args: JobParams<S[K][M]>,
		onProgress?: (progress: ProgressOf<S[K][M]>) => void
	): Job<NonNullable<ResultOf<S[K][M]>>>;
	openTrained(root: string, name: string, onProgress?: (p: LoadProgress) => void): Promise<void>;
	memory(): Promise<TF.MemoryInfo | null>;
}

export interface EngineSource {
	/** the bundled worker script's address */
	workerUrl: string;
	/** the same engine on this thread, for when no worker starts, reporting progress through `emit` */
	local: (emit: Emit) => Promise<Engine>;
}

/** Who listens to each progress channel (a job, a load). */
class Listeners {
	#next = 0;
	#map = new Map<string, (value: never) => void>();
	add(listener?: (value: never) => void): string | null {
		if (!listener) return null;
		const channel = `channel-${++this.#next}`;
		this.#map.set(channel, listener);
		return channel;
	}
	hear(channel: string, value: unknown) {
		this.#map.get(channel)?.(value as never);
	}
	remove(channel: string | null) {
		if (channel) this.#map.delete(channel);
	}
}

/** Resolves once the worker's engine answers; rejects when the script cannot load or run. */
function answered(worker: Worker, remote: Comlink.Remote<Engine>, timeoutMs: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const fail = (reason: string) => () => reject(new Error(reason));
		worker.addEventListener('error', fail('the browser could not run the site’s worker'), { once: true });
		setTimeout(fail('the site’s worker did not answer'), timeoutMs);
		remote.memory().then(() => resolve(), reject);
	});
}

function handle<S extends object>(
	engine: Engine | Comlink.Remote<Engine>,
	listeners: Listeners,
	where: 'worker' | 'page',
	why: string | null,
	backend: string
): EngineHandle<S> {
	/** runs `call` with a progress channel for `listener`, closed once it settles */
	const withChannel = <T>(
		listener: ((value: never) => void) | undefined,
		call: (channel: string | null) => Promise<T>
	) => {
		const channel = listeners.add(listener);
		const result = call(channel);
		result.then(
			() => listeners.remove(channel),
			() => listeners.remove(channel)
		);
		return { result, channel };
	};
	// the one place the names cross as strings: EngineHandle<S> checks every call against the services' types
	const call = (service: string, method: string, ...args: unknown[]) => engine.call(service, method, args);
	return {
		backend,
		where,
		why,
		call: call as EngineHandle<S>['call'],
		job: ((service: string, method: string, args: unknown[], onProgress?: (progress: never) => void): Job<unknown> => {
			// a job's id is its progress channel, with or without a listener
			const id = listeners.add(onProgress ?? (() => {}))!;
			const result = engine.job(id, service, method, args) as Promise<unknown>;
			result.then(
				() => listeners.remove(id),
				() => listeners.remove(id)
			);
			return {
				result,
				pause: () => engine.pause(id) as Promise<void>,
				resume: () => void engine.resume(id),
				cancel: () => void engine.cancel(id)
			};
		}) as EngineHandle<S>['job'],
		openTrained: (root, name, onProgress) =>
			withChannel(
				onProgress as (value: never) => void,
				(channel) => engine.openTrained(root, name, channel) as Promise<void>
			).result,
		memory: () => engine.memory() as Promise<TF.MemoryInfo | null>
	};
}

/**
 * Starts the engine: in a worker where one starts, else here; `slowdown` makes its work take that many times as
 * long; `open` names a trained network to open as soon as it runs.
 */
export async function startEngine<S extends object>(
	source: EngineSource,
	requested: string | null,
	onProgress?: (p: LoadProgress) => void,
	slowdown = 1,
	open: { root: string; name: string } | null = null
): Promise<EngineHandle<S>> {
	let why: string;
	const listeners = new Listeners();
	const started = listeners.add(onProgress as ((value: never) => void) | undefined);
	const url = new URL(source.workerUrl, location.href);
	// the worker starts tfjs (and opens the network) as soon as it runs, from what its address says: a message
	// from this page would wait until the page is free to deliver it, and while a page hydrates it is not
	url.searchParams.set(START_PARAMETER, JSON.stringify({ requested, channel: started, slowdown, open }));
	// on another site's page a worker must come from that page's origin: a module of its own (a blob) that imports
	// the site's worker script, which CORS allows
	const elsewhere = url.origin !== location.origin;
	if (typeof Worker === 'undefined') why = 'this browser has no web workers';
	else {
		let worker: Worker | null = null;
		const blob = elsewhere
			? URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};\n`], { type: 'text/javascript' }))
			: null;
		try {
			worker = new Worker(blob ?? url, { type: 'module' });
			worker.addEventListener('message', (event: MessageEvent) => {
				if (event.data?.type === PROGRESS_MESSAGE) listeners.hear(event.data.channel, event.data.value);
			});
			const remote = Comlink.wrap<Engine>(worker);
			await answered(worker, remote, 15_000);
			// already under way (see START_PARAMETER): this hears how it went
			const { backend } = await remote.start(requested, started, slowdown, open);
			return handle<S>(remote, listeners, 'worker', null, backend);
		} catch (error) {
			worker?.terminate();
			why = elsewhere
				? 'this page does not let the site’s worker start (its Content-Security-Policy needs blob: and the site in worker-src)'
				: error instanceof DOMException && error.name === 'SecurityError'
					? 'this page’s Content-Security-Policy does not allow the site’s worker'
					: error instanceof Error
						? error.message
						: String(error);
		} finally {
			if (blob) URL.revokeObjectURL(blob);
		}
	}
	const engine = await source.local((channel, value) => listeners.hear(channel, value));
	const { backend } = await engine.start(requested, started, slowdown, open);
	return handle<S>(engine, listeners, 'page', why, backend);
}
