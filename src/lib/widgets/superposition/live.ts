// Starts a training once the settings have stayed put for a moment, and stops it when they move again.

/** Runs `run` after `delayMs` of quiet; the returned function cancels it, or aborts it if it has started. */
export function whenSettled(run: (signal: AbortSignal) => Promise<unknown>, delayMs = 150): () => void {
	const controller = new AbortController();
	const timer = setTimeout(() => {
		run(controller.signal).catch((error) => {
			if (!controller.signal.aborted) console.error(error);
		});
	}, delayMs);
	return () => {
		clearTimeout(timer);
		controller.abort();
	};
}
