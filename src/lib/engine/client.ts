// The page's side of the engine: starts it in a module worker (through Comlink), or, where no worker can
// start (a figure on another site's page, whose browser runs this site's worker only on this site's pages;
// a page whose Content-Security-Policy refuses the worker; a browser without module workers), on the page's
// main thread, and says which and why. Either way figures get the same asynchronous calls and jobs.
import * as Comlink from 'comlink';
import type * as TF from '@tensorflow/tfjs-core';
import type { Engine } from './core';
import { PROGRESS_MESSAGE, type Emit } from './messages';
import type { LoadProgress } from './backend';

export interface Job<T> {
	/** the job's result; null once cancelled */
	result: Promise<T | null>;
	pause(): void;
	resume(): void;
	cancel(): void;
}

export interface EngineHandle {
	backend: string;
	/** where the networks run: in a worker, or on the page's main thread (then `why` says why) */
	where: 'worker' | 'page';
	why: string | null;
	call<T>(service: string, method: string, ...args: unknown[]): Promise<T>;
	job<T, P = unknown>(service: string, method: string, args: unknown[], onProgress?: (progress: P) => void): Job<T>;
	openTrained(root: string, name: string, bytes: number, onProgress?: (p: LoadProgress) => void): Promise<void>;
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

function handle(
	engine: Engine | Comlink.Remote<Engine>,
	listeners: Listeners,
	where: 'worker' | 'page',
	why: string | null,
	backend: string
): EngineHandle {
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
	return {
		backend,
		where,
		why,
		call: <T>(service: string, method: string, ...args: unknown[]) => engine.call(service, method, args) as Promise<T>,
		job<T, P>(service: string, method: string, args: unknown[], onProgress?: (progress: P) => void): Job<T> {
			// a job's id is its progress channel, with or without a listener
			const id = listeners.add((onProgress ?? (() => {})) as (value: never) => void)!;
			const result = engine.job(id, service, method, args) as Promise<T | null>;
			result.then(
				() => listeners.remove(id),
				() => listeners.remove(id)
			);
			return {
				result,
				pause: () => void engine.pause(id),
				resume: () => void engine.resume(id),
				cancel: () => void engine.cancel(id)
			};
		},
		openTrained: (root, name, bytes, onProgress) =>
			withChannel(
				onProgress as (value: never) => void,
				(channel) => engine.openTrained(root, name, bytes, channel) as Promise<void>
			).result,
		memory: () => engine.memory() as Promise<TF.MemoryInfo | null>
	};
}

/** Starts the engine: in a worker where one starts, else here; `slowdown` makes its work take that many times as long. */
export async function startEngine(
	source: EngineSource,
	requested: string | null,
	onProgress?: (p: LoadProgress) => void,
	slowdown = 1
): Promise<EngineHandle> {
	let why: string;
	const listeners = new Listeners();
	const started = listeners.add(onProgress as ((value: never) => void) | undefined);
	const url = new URL(source.workerUrl, location.href);
	if (typeof Worker === 'undefined') why = 'this browser has no web workers';
	else if (url.origin !== location.origin) why = 'a browser runs this site’s worker only on its own pages';
	else {
		let worker: Worker | null = null;
		try {
			worker = new Worker(url, { type: 'module' });
			worker.addEventListener('message', (event: MessageEvent) => {
				if (event.data?.type === PROGRESS_MESSAGE) listeners.hear(event.data.channel, event.data.value);
			});
			const remote = Comlink.wrap<Engine>(worker);
			await answered(worker, remote, 15_000);
			const { backend } = await remote.start(requested, started, slowdown);
			return handle(remote, listeners, 'worker', null, backend);
		} catch (error) {
			worker?.terminate();
			why =
				error instanceof DOMException && error.name === 'SecurityError'
					? 'this page’s Content-Security-Policy does not allow the site’s worker'
					: error instanceof Error
						? error.message
						: String(error);
		}
	}
	const engine = await source.local((channel, value) => listeners.hear(channel, value));
	const { backend } = await engine.start(requested, started, slowdown);
	return handle(engine, listeners, 'page', why, backend);
}
