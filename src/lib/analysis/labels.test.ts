import { describe, expect, it } from 'vitest';
import { readAtlas, readExamples } from './atlas-files';
import { MODEL_NAME } from '../model/models';
import { bestScene, familyStrengths, highLowLabels, LABEL_SHARE, neverFires } from './labels';
import type { ExamplesFile } from './examples';

const atlas = readAtlas(MODEL_NAME);
const examples = readExamples(MODEL_NAME);

describe('a family label carries its strength', () => {
	const strengths = familyStrengths(atlas, examples);

	it('measures each curve unit’s best curve against its strongest held-out scene', () => {
		for (const u of atlas.curves.units) {
			const s = strengths.get(u.name)!.find((x) => x.family === 'curve')!;
			const best = examples.layers[u.layer].units[u.unit][0].activation;
			expect(s.best).toBe(best);
			expect(s.share).toBeCloseTo(u.peak / best, 12);
			expect(s.labelled).toBe(u.peak / best >= LABEL_SHARE);
		}
	});

	it('gives a high-low unit its name only when strong enough and above the plain edge of the same contrast', () => {
		const e = atlas.highLow.evaluation;
		const at = e.blurs.indexOf(e.defaultBlur);
		atlas.highLow.units.forEach((u, i) => {
			const s = strengths.get(u.name)!.find((x) => x.family === 'high-low')!;
			const edge = Math.max(e.units[i].edgeDark[at], e.units[i].edgeLight[at]);
			expect(s.plainEdge).toBe(edge);
			expect(s.labelled).toBe(s.share >= LABEL_SHARE && e.units[i].highLow[at] > edge);
		});
		const counts = highLowLabels(atlas, examples);
		expect(counts.selected).toBe(atlas.highLow.units.length);
		expect(counts.labelled).toBeLessThanOrEqual(Math.min(counts.strong, counts.beatsEdge));
	});

	it('marks a unit that stays at 0 on every scene, and gives no share for it', () => {
		const silent: ExamplesFile = {
			model: 'm',
			split: 3,
			scenes: 10,
			layers: {
				mixed3b: {
					mapSize: 16,
					units: [
						[{ index: 4, row: 0, column: 0, activation: 0 }],
						[],
						[{ index: 1, row: 2, column: 3, activation: 2 }]
					],
					depth: []
				}
			}
		};
		expect([0, 1, 2].map((unit) => neverFires(silent, { layer: 'mixed3b', unit }))).toEqual([true, true, false]);
		expect(bestScene(silent, { layer: 'mixed3b', unit: 2 })).toBe(2);
	});
});
