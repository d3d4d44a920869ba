import { describe, expect, it } from 'vitest';
import { createEngine, type JobControl } from './core';

/** Yields to the event loop until `ready()` holds (it never waits for a fixed time). */
async function until(ready: () => boolean) {
	while (!ready()) await new Promise((done) => setTimeout(done, 0));
}

/** An engine with one service whose job counts up, reporting each number after a checkpoint. */
async function countingEngine() {
	const heard: unknown[] = [];
	const engine = createEngine(
		{
			counter: () => ({
				count: async (n: number, control: JobControl<number>) => {
					for (let i = 1; i <= n; i++) {
						await control.checkpoint();
						control.progress(i);
					}
					return n;
				}
			})
		},
		(_, value) => heard.push(value)
	);
	await engine.start('cpu');
	return { engine, heard };
}

describe('a job of the engine', () => {
	it('holds still once its pause is answered: every report it made came before, and none comes after', async () => {
		const { engine, heard } = await countingEngine();
		const result = engine.job('job-1', 'counter', 'count', [1_000_000]);
		await until(() => heard.length >= 3);
		await engine.pause('job-1');
		const atPause = heard.length;
		expect(heard.at(-1)).toBe(atPause);
		for (let i = 0; i < 50; i++) await new Promise((done) => setTimeout(done, 0));
		expect(heard.length).toBe(atPause);
		engine.resume('job-1');
		await until(() => heard.length > atPause);
		engine.cancel('job-1');
		expect(await result).toBeNull();
	});

	it('answers a pause at once when it has ended, or was never started', async () => {
		const { engine } = await countingEngine();
		expect(await engine.job('job-2', 'counter', 'count', [3])).toBe(3);
		await expect(engine.pause('job-2')).resolves.toBeUndefined();
		await expect(engine.pause('no-such-job')).resolves.toBeUndefined();
	});
});
