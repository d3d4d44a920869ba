import { describe, expect, it } from 'vitest';
import { Latest } from './live.svelte';

/** A network that answers each input after `ms`, counting how many requests it has at once. */
function slowNetwork(ms: number) {
	let inFlight = 0;
	let most = 0;
	const asked: number[] = [];
	const run = async (input: number) => {
		asked.push(input);
		most = Math.max(most, ++inFlight);
		await new Promise((done) => setTimeout(done, ms));
		inFlight--;
		return input * 10;
	};
	return { run, asked, most: () => most };
}

describe('latest input wins', () => {
	it('with inputs faster than the network: one at a time, the waiting one replaced, the last drawn last', async () => {
		const network = slowNetwork(20);
		const drawn: [number, number][] = [];
		const latest = new Latest(network.run, (result: number, input: number) => drawn.push([input, result]));
		for (let angle = 0; angle < 30; angle++) latest.request(angle);
		await new Promise((done) => setTimeout(done, 200));
		expect(network.most()).toBe(1);
		// the first ran at once; of the 29 that came while it ran, only the newest waited and ran
		expect(network.asked).toEqual([0, 29]);
		expect(drawn).toEqual([
			[0, 0],
			[29, 290]
		]);
	});

	it('draws each result with the input it belongs to, in the order asked', async () => {
		const network = slowNetwork(5);
		const drawn: number[] = [];
		const latest = new Latest(network.run, (_: number, input: number) => drawn.push(input));
		for (const angle of [10, 20, 30]) {
			latest.request(angle);
			await new Promise((done) => setTimeout(done, 15));
		}
		expect(drawn).toEqual([10, 20, 30]);
	});

	it('draws nothing once stopped, and says when the network fails', async () => {
		const network = slowNetwork(5);
		const drawn: number[] = [];
		const latest = new Latest(network.run, (_: number, input: number) => drawn.push(input));
		latest.request(1);
		latest.stop();
		latest.request(2);
		await new Promise((done) => setTimeout(done, 30));
		expect(drawn).toEqual([]);
		const failures: unknown[] = [];
		const failing = new Latest(
			async () => Promise.reject(new Error('no network')),
			() => {},
			(e) => failures.push(e)
		);
		failing.request(1);
		await new Promise((done) => setTimeout(done, 5));
		expect(String(failures[0])).toContain('no network');
	});
});
