import { describe, expect, it } from 'vitest';
import { curveFamilyNet } from './net';
import { buildSlice } from '../../analysis/slice';
import { loadNodeModel, MODEL_NAME, nodeTf } from '../../model/node';
import { forward } from '../../model/inception';
import { compileEdits } from '../../model/edits';
import { conditionCurve, SELECTION } from '../../measure/stimuli';
import type { CurveNetwork } from '../../model/handset-tf';
import type * as TF from '@tensorflow/tfjs-core';

describe('the curve family read on the window its cell sees', () => {
	it('gives the whole map’s numbers at that cell, plain and edited', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const slice = buildSlice(MODEL_NAME);
		const net = curveFamilyNet(tf, model, slice, { dispose() {} } as unknown as CurveNetwork, 'wasm');
		const { layer, cell, units, radius, shift } = slice.curves;
		const images = [0, 95, 180, 275].map((angle) => conditionCurve(angle, radius, shift, { ...SELECTION, polarity: angle > 100 ? 'light' : 'dark' }));
		for (const name of ['none', ...slice.curves.edits.map((e) => e.name)] as const) {
			const edit = slice.curves.edits.find((e) => e.name === name);
			const edits = edit ? compileEdits(tf, model, [{ target: layer, mode: 'drop-negative', pairs: edit.pairs.map(([source, target]) => ({ source, target })) }]) : null;
			const whole = tf.tidy(() => {
				const batch = tf.tensor4d(Float32Array.from(images.flatMap((i) => Array.from(i))), [images.length, 64, 64, 3]);
				const a = forward(tf, model, batch, { upTo: layer, edits })[layer] as TF.Tensor4D;
				return (tf.reshape(tf.slice(a, [0, cell.row, cell.column, 0], [images.length, 1, 1, a.shape[3]]), [images.length, a.shape[3]]).arraySync() as number[][]).map((row) => units.map((u) => row[u.unit]));
			});
			const windowed = net.respond(images, name as never);
			windowed.forEach((row, i) => row.forEach((v, k) => expect(Math.abs(v - whole[i][k]), `${name}, image ${i}, unit ${units[k].unit}`).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(whole[i][k])))));
		}
		net.dispose();
	}, 120_000);
});
