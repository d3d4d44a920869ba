import { describe, expect, it } from 'vitest';
import { cellReader } from './cell';
import { loadNodeModel, nodeTf } from './node';
import { forward, imageBatch } from './inception';
import { Rng } from '../world/rng';

describe('a layer read at one cell on the window it sees', () => {
	it('gives the whole map’s numbers at every cell, centre and corners, for the curve and head layers', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const rng = new Rng(7);
		const images = Array.from({ length: 3 }, () => Float32Array.from({ length: 64 * 64 * 3 }, () => rng.next()));
		for (const layer of ['mixed3b', 'mixed4b']) {
			const whole = tf.tidy(
				() => forward(tf, model, imageBatch(tf, images), { upTo: layer })[layer].arraySync() as number[][][][]
			);
			const size = whole[0].length;
			const units = [0, 5, whole[0][0][0].length - 1];
			for (const cell of [
				{ row: size >> 1, column: size >> 1 },
				{ row: 0, column: 0 },
				{ row: size - 1, column: 1 },
				{ row: 2, column: size - 3 }
			]) {
				const reader = cellReader(tf, model, layer, cell, units);
				const read = reader.read(images);
				reader.dispose();
				read.forEach((row, i) =>
					row.forEach((v, k) =>
						expect(
							Math.abs(v - whole[i][cell.row][cell.column][units[k]]),
							`${layer} ${JSON.stringify(cell)} image ${i} unit ${units[k]}`
						).toBeLessThanOrEqual(1e-4 * Math.max(1, Math.abs(v)))
					)
				);
			}
		}
	}, 120_000);
});
