import { describe, expect, it } from 'vitest';
import { loadNodeModel, MODEL_NAME, nodeTf } from '../model/node';
import { readExamples } from '../analysis/atlas-files';
import { probe } from './probe';
import { analysisSeed, headPair } from './head-stimuli';

describe('reading units off the network', () => {
	it('reads several layers from one pass exactly as it reads each alone', async () => {
		const tf = await nodeTf('wasm');
		const p = probe(tf, await loadNodeModel(tf));
		const images = [0, 1, 2].map((i) => headPair(analysisSeed(i)).left);
		const layers = ['mixed4c', 'mixed3b'];
		for (const readout of ['central', 'mean', 'max', { row: 3, column: 4 }] as const) {
			const together = p.readLayers(images, layers, readout);
			expect(Object.keys(together).sort()).toEqual([...layers].sort());
			for (const layer of layers) expect(together[layer]).toEqual(p.read(images, layer, readout));
		}
	});

	it('reads the whole map’s mean as the mean of its cells', async () => {
		const tf = await nodeTf('wasm');
		const p = probe(tf, await loadNodeModel(tf));
		const images = [0, 1].map((i) => headPair(analysisSeed(i)).left);
		const size = readExamples(MODEL_NAME).layers.mixed4c.mapSize;
		const cells = Array.from({ length: size * size }, (_, k) =>
			p.read(images, 'mixed4c', { row: Math.floor(k / size), column: k % size })
		);
		const mean = p.read(images, 'mixed4c', 'mean');
		for (const i of [0, 1])
			for (const unit of [0, 17, 255])
				expect(mean[i][unit]).toBeCloseTo(cells.reduce((sum, c) => sum + c[i][unit], 0) / cells.length, 4);
	});
});
