import { describe, expect, it } from 'vitest';
import { editDistance, unknownElementMessage } from './unknown-elements';

const KNOWN = ['zoom-curve-detectors', 'zoom-curve-family', 'zoom-dog-circuit'];

describe('a misspelt element is named, with the real names', () => {
	it.each([
		{ name: 'one letter short', args: ['zoom-curve-detector', 'zoom-curve-detectors'], expected: 1 },
		{ name: 'the same', args: ['abc', 'abc'], expected: 0 },
		{ name: 'one changed, one added', args: ['kitten', 'sitting'], expected: 3 }
	])('edit distance: $name', ({ args, expected }) => expect(editDistance(args[0], args[1])).toBe(expected));

	it('suggests the nearest figure and lists them all', () => {
		expect(unknownElementMessage('zoom-curve-detector', KNOWN)).toBe(
			'<zoom-curve-detector> is not a Zoom In figure, so it shows nothing. ' +
				'Did you mean <zoom-curve-detectors>? ' +
				'The figures are: <zoom-curve-detectors>, <zoom-curve-family>, <zoom-dog-circuit>.'
		);
	});

	it('says nothing of real figures or of other sites’ elements', () => {
		expect(unknownElementMessage('zoom-dog-circuit', KNOWN)).toBeNull();
		expect(unknownElementMessage('my-widget', KNOWN)).toBeNull();
	});

	it('names no guess when nothing is close', () => {
		expect(unknownElementMessage('zoom-video-player', KNOWN)).not.toContain('Did you mean');
	});
});
