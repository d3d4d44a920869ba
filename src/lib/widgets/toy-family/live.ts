// Starts a training once the settings have stayed put for a moment, and stops it when they move again.
import type { Job } from '../../engine/client';

/**
 * Starts `start` after `delayMs` of quiet and hands its result to `done`; the returned function cancels it
 * before it starts, or cancels the job if it has.
 */
export function whenSettled<T>(start: () => Job<T>, done: (result: T) => void, delayMs = 150): () => void {
	let job: Job<T> | null = null;
	let stopped = false;
	const timer = setTimeout(() => {
		job = start();
		job.result.then(
			(result) => !stopped && result !== null && done(result),
			(error) => !stopped && console.error(error)
		);
	}, delayMs);
	return () => {
		stopped = true;
		clearTimeout(timer);
		job?.cancel();
	};
}
