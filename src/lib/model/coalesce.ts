// Runs inference at most once per animation frame: the first request runs at once, later ones in the
// same frame collapse into one that runs on the next frame, so input never queues up behind the network.

export class FrameCoalescer {
	#pending: (() => void) | null = null;
	#frame: number | null = null;

	request(job: () => void) {
		if (this.#frame !== null) {
			this.#pending = job;
			return;
		}
		job();
		this.#frame = requestAnimationFrame(() => {
			this.#frame = null;
			const next = this.#pending;
			this.#pending = null;
			if (next) this.request(next);
		});
	}

	cancel() {
		if (this.#frame !== null) cancelAnimationFrame(this.#frame);
		this.#frame = null;
		this.#pending = null;
	}
}
