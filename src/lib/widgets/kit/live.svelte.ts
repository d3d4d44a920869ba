// What every live widget shares: asking the engine for the newest input only (one request in flight, one
// waiting; a newer input takes the waiting one's place), and tuning tables kept by setting, given (from the
// atlas or the build) where they exist and swept by the engine where they do not, one sweep at a time.
import type { Job } from '../../engine/client';

/**
 * Runs `run` for the newest input only: while one request is in flight, later inputs replace each other in
 * one waiting place. Results are drawn in the order asked, so a result older than what is shown never is;
 * after the last input, what is drawn is that input's result.
 */
export class Latest<I, R> {
	#running = false;
	#waiting: { input: I } | null = null;
	#stopped = false;

	constructor(
		private readonly run: (input: I) => Promise<R>,
		private readonly draw: (result: R, input: I) => void,
		private readonly failed: (error: unknown) => void = (error) => console.error(error)
	) {}

	request(input: I) {
		if (this.#stopped) return;
		if (this.#running) this.#waiting = { input };
		else void this.#start(input);
	}

	async #start(input: I) {
		this.#running = true;
		try {
			const result = await this.run(input);
			if (!this.#stopped) this.draw(result, input);
		} catch (error) {
			if (!this.#stopped) this.failed(error);
		} finally {
			this.#running = false;
			const next = this.#waiting;
			this.#waiting = null;
			if (next && !this.#stopped) void this.#start(next.input);
		}
	}

	/** Nothing more is run or drawn. */
	stop() {
		this.#stopped = true;
		this.#waiting = null;
	}
}

/**
 * A value the network computes from an input, kept for the newest input. `input` returns null while there
 * is nothing to ask (no network yet); `current` is `initial` until the first result, and `shown` the input
 * it belongs to. Call it while a component initialises.
 */
export function liveValue<I, R>(input: () => I | null, run: (input: I) => Promise<R>, initial: R) {
	let current = $state.raw(initial);
	let shown: I | null = $state.raw(null);
	const latest = new Latest(run, (result: R, asked: I) => {
		current = result;
		shown = asked;
	});
	$effect(() => {
		const wanted = input();
		if (wanted !== null) latest.request(wanted);
	});
	$effect(() => () => latest.stop());
	return {
		get current() {
			return current;
		},
		get shown() {
			return shown;
		}
	};
}

/** Tuning tables (table[unit][angle]) by a key for their setting; the engine sweeps the missing ones. */
export class Tunings {
	#tables: Record<string, number[][]> = $state.raw({});
	#sweep: { key: string; job: Job<number[][]> } | null = null;
	/** the key being swept, and how many of its angles are in */
	sweeping: { key: string; done: number } | null = $state(null);

	/** The table for `key`: one swept here, else `given` (measured by the analysis, drawn at build time), else null. */
	get(key: string, given: number[][] | null = null): number[][] | null {
		return this.#tables[key] ?? given;
	}

	/**
	 * Sweeps `key` unless it is in or already being swept (null: nothing is missing); a sweep for another key
	 * stops, so the engine works only on what the reader is looking at now.
	 */
	want(key: string | null, start: (onProgress: (done: number) => void) => Job<number[][]>) {
		if (key !== null && (this.#tables[key] || this.#sweep?.key === key)) return;
		this.stop();
		if (key === null) return;
		const job = start((done) => this.sweeping?.key === key && (this.sweeping.done = done));
		this.#sweep = { key, job };
		this.sweeping = { key, done: 0 };
		job.result.then(
			(table) => {
				if (this.#sweep?.job !== job) return;
				this.#sweep = null;
				this.sweeping = null;
				if (table) this.#tables = { ...this.#tables, [key]: table };
			},
			(error) => {
				if (this.#sweep?.job === job) [this.#sweep, this.sweeping] = [null, null];
				console.error(error);
			}
		);
	}

	/** Stops the sweep under way, if any. */
	stop() {
		this.#sweep?.job.cancel();
		this.#sweep = null;
		this.sweeping = null;
	}
}
