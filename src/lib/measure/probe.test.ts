import { describe, expect, it } from 'vitest';
import { loadNodeModel, nodeTf } from '../model/node';
import { probe } from './probe';
import { analysisSeed, headPair } from './head-stimuli';

describe('reading units off the network', () => {
	it('reads several layers from one pass exactly as it reads each alone', async () => {
		const tf = await nodeTf('wasm');
		const p = probe(tf, await loadNodeModel(tf));
		const images = [0, 1, 2].map((i) => headPair(analysisSeed(i)).left);
		const layers = ['mixed4c', 'mixed3b'];
		for (const readout of ['central', 'max', { row: 3, column: 4 }] as const) {
			const together = p.readLayers(images, layers, readout);
			expect(Object.keys(together).sort()).toEqual([...layers].sort());
			for (const layer of layers) expect(together[layer]).toEqual(p.read(images, layer, readout));
		}
	});
});
