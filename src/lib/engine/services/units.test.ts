import { describe, expect, it } from 'vitest';
import { units } from './units';
import { loadNodeModel, nodeTf } from '../../model/node';
import { expandedKernel } from '../../model/edits';
import type { MixedSpec } from '../../model/architecture';
import type { EngineContext } from '../core';

describe('the engine’s unit-page service', () => {
	it('lists a unit’s strongest outputs into the next block: each target’s own kernel from it, strongest first', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const context: EngineContext = { tf, backend: 'wasm', trained: async () => model, pause: async () => {} };
		const service = units(context);
		const next = model.architecture.layers.find((l) => l.name === 'mixed4a') as MixedSpec;
		const source = 11;
		// every unit of mixed4a, the slow way: each one's whole kernel multiplied out, its column for the source
		const all = Array.from({ length: next.b1 + next.b3 + next.b5 + next.pool }, (_, t) => {
			const k = tf.tidy(() => expandedKernel(tf, next, model.weights, t).arraySync());
			const kernel = k.map((row) => row.map((cell) => cell[source]));
			return { unit: t, strength: kernel.flat().reduce((a, b) => a + b, 0), kernel };
		}).sort((a, b) => Math.abs(b.strength) - Math.abs(a.strength));
		const listed = await service.outputs('mixed3b', source, 6);
		expect(listed.map((e) => e.label)).toEqual(all.slice(0, 6).map((e) => `mixed4a:${e.unit}`));
		listed.forEach((edge, i) => {
			expect(edge.strength).toBeCloseTo(all[i].strength, 5);
			edge.kernel!.forEach((row, h) => row.forEach((v, w) => expect(v).toBeCloseTo(all[i].kernel[h][w], 5)));
		});
	}, 60_000);
});
