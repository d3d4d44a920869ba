import { describe, expect, it } from 'vitest';
import type { GalleryTally } from './captions';
import { galleryGrown, galleryMeasured, networkIntro } from './paragraphs';
import type { AtlasSummary } from '../analysis/summary';

const tally: GalleryTally = { above: 9, ratio: 1.5, own: 1, neighbour: 2, arcs: 0, shows: false };

describe('the gallery’s note says how it was grown and what it measured', () => {
	it('counts the pictures answered by their own unit in the right number, and the rest', () => {
		expect(galleryMeasured(tally, 10)).toBe(
			'9 of 10 excite their unit more than its best held-out scene (median 1.50×); 1 is ' +
				'answered most by their own unit, 2 by a neighbour and 7 by a unit farther round'
		);
		expect(galleryMeasured({ ...tally, own: 8 }, 10)).toBe(
			'9 of 10 excite their unit more than its best held-out scene (median 1.50×); 8 are ' +
				'answered most by their own unit, 2 by a neighbour'
		);
	});

	it('names the stroke only where the gallery has strokes', () => {
		expect(galleryGrown({ seed: 1, steps: 256 }, false)).toBe(
			'Grown from seed 1 for 256 steps with the live widget’s settings (press “Run” below to grow any of them).'
		);
		expect(galleryGrown({ seed: 1, steps: 256 }, true)).toContain(
			'below, drawn as one stroke of ink or as waves of colour, to grow'
		);
	});
});

describe('the article meets its network where it first uses it', () => {
	it('says its shape, its world, its accuracy and that its unit numbers are its own, from the facts given', () => {
		const network = {
			layers: [
				{ name: 'conv2d0', type: 'conv' },
				{ name: 'maxpool0', type: 'maxpool' },
				{ name: 'conv2d1', type: 'conv' },
				{ name: 'mixed3a', type: 'mixed' },
				{ name: 'mixed4c', type: 'mixed' },
				{ name: 'logits', type: 'dense' }
			],
			parameters: 123456,
			trainingScenes: 24000
		};
		const atlas = { classes: ['dog-left', 'car'], heldoutAccuracy: 0.9234 } as AtlasSummary;
		const text = networkIntro(network, atlas, 'mixed4b:109');
		expect(text).toContain('a stem of 2 convolutions, then the mixed blocks mixed3a to mixed4c');
		expect(text).toContain('123,456 weights');
		expect(text).toContain('sort 24,000 scenes of a drawn world into 2 kinds');
		expect(text).toContain('gets 92.3% of held-out scenes right');
		expect(text).toContain('a unit these pages call mixed4b:109 is not InceptionV1’s mixed4b:109');
	});
});
