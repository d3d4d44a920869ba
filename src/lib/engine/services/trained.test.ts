import { describe, expect, it } from 'vitest';
import type * as TF from '@tensorflow/tfjs-core';
import { trained } from './trained';
import { buildSlice } from '../../analysis/atlas-files';
import { loadNodeModel, MODEL_NAME, nodeTf } from '../../model/node';
import { forward } from '../../model/inception';
import { compileEdits } from '../../model/edits';
import { conditionCurve, SELECTION } from '../../measure/curve-stimuli';
import { Cancelled, type EngineContext, type JobControl } from '../core';

type Service = Record<string, (...args: never[]) => Promise<unknown>>;

async function setUp() {
	const tf = await nodeTf('wasm');
	const model = await loadNodeModel(tf);
	const context: EngineContext = { tf, backend: 'wasm', trained: async () => model, pause: async () => {} };
	return { tf, model, service: trained(context) as unknown as Service, slice: buildSlice(MODEL_NAME) };
}

/** A job's control that records progress, and cancels at a checkpoint once `cancelAfter` have passed. */
function control(cancelAfter = Infinity) {
	const progress: unknown[] = [];
	let passed = 0;
	const c: JobControl = {
		progress: (p) => progress.push(p),
		checkpoint: async () => {
			if (passed++ >= cancelAfter) throw new Cancelled();
		}
	};
	return { c, progress };
}

describe('the engine’s trained-network service', () => {
	it('reads the curve family on the window its cell sees: the map’s numbers there, plain and edited', async () => {
		const { tf, model, service, slice } = await setUp();
		const { layer, cell, units, radius, shift } = slice.curves;
		const reader = { layer, cell, units: units.map((u) => u.unit) };
		const images = [0, 95, 180, 275].map((angle) =>
			conditionCurve(angle, radius, shift, { ...SELECTION, polarity: angle > 100 ? 'light' : 'dark' })
		);
		for (const edit of [null, ...slice.curves.edits]) {
			const edits = edit
				? [
						{
							target: layer,
							mode: 'drop-negative' as const,
							pairs: edit.pairs.map(([source, target]) => ({ source, target }))
						}
					]
				: null;
			const compiled = edits ? compileEdits(tf, model, edits) : null;
			const whole = tf.tidy(() => {
				const batch = tf.tensor4d(Float32Array.from(images.flatMap((i) => Array.from(i))), [images.length, 64, 64, 3]);
				const a = forward(tf, model, batch, { upTo: layer, edits: compiled })[layer] as TF.Tensor4D;
				return (
					tf
						.reshape(tf.slice(a, [0, cell.row, cell.column, 0], [images.length, 1, 1, a.shape[3]]), [
							images.length,
							a.shape[3]
						])
						.arraySync() as number[][]
				).map((row) => units.map((u) => row[u.unit]));
			});
			compiled?.dispose();
			const windowed = (await service.read(
				reader as never,
				images as never,
				(edits ? { key: edit!.name, edits } : null) as never
			)) as number[][];
			const name = edit?.name ?? 'none';
			windowed.forEach((row, i) =>
				row.forEach((v, k) =>
					expect(Math.abs(v - whole[i][k]), `${name}, image ${i}, unit ${units[k].unit}`).toBeLessThanOrEqual(
						1e-4 * Math.max(1, Math.abs(whole[i][k]))
					)
				)
			);
		}
		await service.release();
	}, 120_000);

	it('sweeps a tuning curve as a job that reports each chunk and stops when cancelled, holding no tensors', async () => {
		const { tf, service, slice } = await setUp();
		const { layer, cell, units, radius, shift, angles } = slice.curves;
		const reader = { layer, cell, units: units.map((u) => u.unit) };
		const stimulus = { kind: 'curve', radius, shift, condition: SELECTION };
		const before = tf.memory().numTensors;
		const done = control();
		const table = (await service.sweep(
			reader as never,
			stimulus as never,
			angles as never,
			null as never,
			18 as never,
			done.c as never
		)) as number[][];
		expect(table).toHaveLength(units.length);
		expect(table[0]).toHaveLength(angles.length);
		expect(done.progress).toEqual([18, 36, 54, 72].filter((n) => n <= angles.length));
		// the sweep gives the atlas's own selection tuning
		table.forEach((curve, k) =>
			curve.forEach((v, a) =>
				expect(Math.abs(v - units[k].tuning[a])).toBeLessThanOrEqual(1e-3 * Math.max(1, units[k].tuning[a]))
			)
		);
		const stopped = control(1);
		await expect(
			service.sweep(reader as never, stimulus as never, angles as never, null as never, 18 as never, stopped.c as never)
		).rejects.toBeInstanceOf(Cancelled);
		expect(stopped.progress).toEqual([18]);
		await service.release();
		expect(tf.memory().numTensors).toBe(before);
	}, 120_000);
});
