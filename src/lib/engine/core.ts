// The engine: the one place that owns tfjs in the browser. It starts a backend, loads the trained network
// once, and runs the services (the networks' computations, named by service and method) for every figure
// of the page; long computations run as jobs that report progress and can be paused and cancelled. It runs
// in a module worker (engine.worker.ts) or, where no worker can start, on the page's main thread, with
// the same interface either way.
import type * as TF from '@tensorflow/tfjs-core';
import { transfer } from 'comlink';
import { loadTrainedModel, type TrainedModel } from '../model/trained';
import { startBackend, type LoadProgress } from './backend';
import type { Emit } from './messages';

export type Tf = typeof TF;

/** What a service's methods are given besides their own arguments. */
export interface EngineContext {
	tf: Tf;
	backend: string;
	/** the trained network the page opened */
	trained(): Promise<TrainedModel>;
	/** gives other calls and control messages a turn (a macrotask): call it between chunks of long work */
	pause(): Promise<void>;
}

/** A job's side of its control: report progress, and wait here while paused (throws once cancelled). */
export interface JobControl<Progress = unknown> {
	progress(value: Progress): void;
	checkpoint(): Promise<void>;
}

export class Cancelled extends Error {
	constructor() {
		super('cancelled');
	}
}

/**
 * A service: an object of methods, made once per engine from its context. A method that runs as a job takes
 * its control last. The page's calls are checked against the methods' own types (client.ts).
 */
export type ServiceFactory<S extends object = object> = (context: EngineContext) => S;

/** What each service of a registry offers, by name: the types every call from the page is checked against. */
export type ServicesOf<F extends Record<string, ServiceFactory>> = { [K in keyof F]: ReturnType<F[K]> };

interface JobState {
	paused: boolean;
	cancelled: boolean;
	/** set while the job waits at a checkpoint */
	resume: (() => void) | null;
	/** who waits to hear that the job holds still (paused at a checkpoint, or ended) */
	held: (() => void)[];
}

/** Every ArrayBuffer inside a result, to hand over (transfer) rather than copy. */
function buffersOf(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
	if (ArrayBuffer.isView(value) && value.buffer instanceof ArrayBuffer) out.add(value.buffer);
	else if (Array.isArray(value)) for (const v of value) buffersOf(v, out);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) buffersOf(v, out);
	return [...out];
}

/** Yields to the event loop with a macrotask (a message, not a 4 ms timer). */
function macrotask(): Promise<void> {
	if (typeof MessageChannel === 'undefined') return new Promise((done) => setTimeout(done, 0));
	return new Promise((done) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			done();
		};
		channel.port2.postMessage(null);
	});
}

export function createEngine(factories: Record<string, ServiceFactory>, emit: Emit) {
	let context: EngineContext | null = null;
	/**
	 * Developer tools can slow a page's main thread but not its workers; to measure as a slower device would,
	 * the engine can make each piece of its own work take `slowdown` times as long (npm run bench does, at 4×).
	 */
	let slowdown = 1;
	const stall = (since: number) => {
		if (slowdown <= 1) return;
		const until = performance.now() + (performance.now() - since) * (slowdown - 1);
		while (performance.now() < until);
	};
	let started: Promise<{ backend: string }> | null = null;
	let trained: Promise<TrainedModel> | null = null;
	const services = new Map<string, object>();
	const jobs = new Map<string, JobState>();

	const ready = () => {
		if (!context) throw new Error('The engine has not started: call start() first');
		return context;
	};
	const method = (service: string, name: string) => {
		let s = services.get(service);
		if (!s) {
			const factory = factories[service];
			if (!factory) throw new Error(`The engine has no service called "${service}"`);
			services.set(service, (s = factory(ready())));
		}
		const fn = (s as Record<string, unknown>)[name];
		if (typeof fn !== 'function') throw new Error(`The service "${service}" has no method "${name}"`);
		return fn as (...args: unknown[]) => unknown;
	};
	const handOver = <T>(value: T): T => (value && typeof value === 'object' ? transfer(value, buffersOf(value)) : value);
	const report = (channel: string | null) => (value: unknown) =>
		channel && emit(channel, value, value && typeof value === 'object' ? buffersOf(value) : []);

	return {
		/**
		 * Starts tfjs on the first backend that works (`requested` first, as ?backend= names one); progress to
		 * `channel`. With `open`, the trained network's files are fetched meanwhile and it opens as soon as tfjs runs,
		 * with no word from the page in between.
		 */
		start(
			requested: string | null,
			channel: string | null = null,
			slowerBy = 1,
			open: { root: string; name: string } | null = null
		): Promise<{ backend: string }> {
			slowdown = Math.min(8, Math.max(1, slowerBy));
			started ??= startBackend(requested, report(channel) as (p: LoadProgress) => void).then((tf) => {
				const backend = tf.getBackend();
				context = {
					tf,
					backend,
					trained: () => trained ?? Promise.reject(new Error('No trained network was opened')),
					pause: macrotask
				};
				return { backend };
			});
			if (open && !trained) {
				trained = loadTrainedModel(
					started.then(() => ready().tf),
					open.root,
					undefined,
					open.name
				);
				// a failed early load is said by the figure that opens the network (and tries again)
				trained.catch(() => {});
			}
			return started;
		},

		/** Loads the trained network (once), reporting bytes to `channel` as they arrive. */
		async openTrained(root: string, name: string, channel: string | null = null): Promise<void> {
			const { tf } = ready();
			// loaded once per site root and name; every caller hears the progress
			const load = loadTrainedModel(tf, root, report(channel) as (p: LoadProgress) => void, name);
			trained = load;
			await load;
		},

		async call(service: string, name: string, args: unknown[]): Promise<unknown> {
			const since = performance.now();
			const result = await method(service, name)(...args);
			stall(since);
			return handOver(result);
		},

		/**
		 * Runs a method as a job: it gets a control as its last argument, and its progress goes to channel `id`;
		 * resolves to null once cancelled.
		 */
		async job(id: string, service: string, name: string, args: unknown[]): Promise<unknown> {
			const fn = method(service, name);
			const state: JobState = { paused: false, cancelled: false, resume: null, held: [] };
			jobs.set(id, state);
			let since = performance.now();
			const control: JobControl = {
				progress: report(id),
				async checkpoint() {
					stall(since);
					await macrotask();
					since = performance.now();
					while (state.paused && !state.cancelled) {
						// its progress so far has gone out on the same port, ahead of this
						for (const told of state.held.splice(0)) told();
						await new Promise<void>((done) => (state.resume = done));
					}
					if (state.cancelled) throw new Cancelled();
				}
			};
			try {
				return handOver(await fn(...args, control));
			} catch (error) {
				if (error instanceof Cancelled) return null;
				throw error;
			} finally {
				jobs.delete(id);
				for (const told of state.held.splice(0)) told();
			}
		},

		/** Pauses a job at its next checkpoint; resolves once it holds still there (or has ended). */
		pause(id: string): Promise<void> {
			const job = jobs.get(id);
			if (!job) return Promise.resolve();
			job.paused = true;
			if (job.resume) return Promise.resolve();
			return new Promise((done) => job.held.push(done));
		},
		resume(id: string) {
			const job = jobs.get(id);
			if (!job) return;
			job.paused = false;
			job.resume?.();
			job.resume = null;
		},
		cancel(id: string) {
			const job = jobs.get(id);
			if (!job) return;
			job.cancelled = true;
			job.resume?.();
		},

		/** What tfjs holds: for tests, and for readers curious about memory. */
		memory(): TF.MemoryInfo | null {
			return context ? context.tf.memory() : null;
		}
	};
}

export type Engine = ReturnType<typeof createEngine>;
