import { describe, expect, it } from 'vitest';
import type { GalleryTally } from './captions';
import { galleryGrown, galleryMeasured } from './paragraphs';

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
