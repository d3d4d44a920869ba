import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeTf } from '../model/node';
import { PENALTIES, trainPenaltySweep, trainPhaseDiagram, trainSuperposition, type PhaseCell } from './experiments';
import { featuresRepresented } from './measures';
import { checkResults, DEFAULT_SETTINGS, RESULTS_FILE } from './results';
import { geometricImportance, trainToys } from './superposition';

const settings = DEFAULT_SETTINGS;
let diagram: Promise<PhaseCell[][]> | null = null;
/** the whole phase diagram at seed 1, trained once for the tests that read it */
const phaseDiagram = () => (diagram ??= nodeTf('wasm').then(async (tf) => (await trainPhaseDiagram(tf, 1))!));

describe('the toy model of superposition, as the paper found it', () => {
	it('with sparse features, 5 features fit in 2 dimensions; with dense ones only the 2 most important do', async () => {
		const tf = await nodeTf('wasm');
		for (const seed of [1, 2]) {
			const sparse = (await trainSuperposition(tf, { ...settings, sparsity: 0.95, seed }))!;
			expect(featuresRepresented(sparse.W), `seed ${seed}, S = 0.95`).toBeGreaterThanOrEqual(4);
			const dense = (await trainSuperposition(tf, { ...settings, sparsity: 0, seed }))!;
			expect(featuresRepresented(dense.W), `seed ${seed}, S = 0`).toBeLessThanOrEqual(2);
		}
	}, 60_000);

	// dense features ignore the weaker extra one or give it the dimension; sparse ones superpose
	it('the phase diagram’s corners are the paper’s regions', async () => {
		const rows = await phaseDiagram();
		const corner = (row: number, column: number) => rows.at(row)!.at(column)!.phase;
		expect([
			[corner(0, 0), corner(0, -1)],
			[corner(-1, 0), corner(-1, -1)]
		]).toEqual([
			['ignore', 'dedicate'],
			['superpose', 'superpose']
		]);
	}, 60_000);

	it('the same seed trains the same model, and a run leaves no tensors behind', async () => {
		const tf = await nodeTf('wasm');
		const before = tf.memory().numTensors;
		const a = (await trainSuperposition(tf, settings))!;
		const b = (await trainSuperposition(tf, settings))!;
		expect(a.W).toEqual(b.W);
		expect(tf.memory().numTensors).toBe(before);
	}, 60_000);

	it('an aborted run resolves to null at its next pause and leaves no tensors behind', async () => {
		const tf = await nodeTf('wasm');
		const before = tf.memory().numTensors;
		const controller = new AbortController();
		let pauses = 0;
		const run = trainToys(tf, [{ n: 5, m: 2, sparsity: 0.9, importance: geometricImportance(5, 0.9) }], {
			kind: 'linear',
			seed: 1,
			steps: 100_000,
			learningRate: 0.05,
			data: { kind: 'sampled', batch: 64 },
			chunkMs: 5,
			onProgress: () => {
				if (++pauses === 3) controller.abort();
			},
			signal: controller.signal
		});
		expect(await run).toBeNull();
		expect(pauses).toBe(3);
		expect(tf.memory().numTensors).toBe(before);
	}, 60_000);
});

describe('the committed results', () => {
	const results = checkResults(JSON.parse(readFileSync(RESULTS_FILE, 'utf8')));

	it('are what the code trains now: the default model, the penalty sweep and the whole phase diagram', async () => {
		const tf = await nodeTf('wasm');
		const model = (await trainSuperposition(tf, results.settings))!;
		model.W.flat().forEach((w, i) => expect(w).toBeCloseTo(results.model.W.flat()[i], 3));
		const sweep = (await trainPenaltySweep(tf, results.settings, {}, [...PENALTIES]))!;
		expect(sweep.map((s) => s.features)).toEqual(results.sweep.map((s) => s.features));
		sweep.forEach((s, k) => expect(s.loss).toBeCloseTo(results.sweep[k].loss, 4));
		const rows = await phaseDiagram();
		expect(results.phase.seed).toBe(1);
		expect(rows.map((r) => r.map((c) => c.phase))).toEqual(results.phase.rows.map((r) => r.map((c) => c.phase)));
	}, 120_000);

	it('say what the article says: at S = 0 two features, at S = 0.95 all five, for every seed', () => {
		const at = (s: number) => results.sparsity.find((r) => r.sparsity === s)!.features;
		expect(Math.max(...at(0))).toBeLessThanOrEqual(2);
		expect(Math.min(...at(0.95))).toBeGreaterThanOrEqual(4);
		expect(results.penalty.map((p) => p.penalty)).toEqual([...PENALTIES]);
	});
});
