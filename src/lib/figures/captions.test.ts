import { describe, expect, it } from 'vitest';
import { galleryCaption, type GalleryTally } from './captions';

const tally = (arcs: number, shows: boolean): GalleryTally => ({
	above: 9,
	ratio: 1.5,
	own: 1,
	neighbour: 2,
	arcs,
	shows
});

describe('the gallery’s caption says what the pictures show', () => {
	it.each([
		{
			name: 'strokes that draw their arcs point at the bend',
			strokes: tally(9, true),
			waves: tally(3, false),
			starts: 'What to look at: which way the stroke of ink',
			says: 'In 9 of the 10 the stroke opens that way'
		},
		{
			name: 'waves that draw arcs point at the arc',
			strokes: null,
			waves: tally(8, true),
			starts: 'What to look at: the dark arc',
			says: 'In 8 of the 10 the arc matches'
		},
		{
			name: 'neither, with more than half matching, says an arc is often found',
			strokes: tally(6, false),
			waves: tally(3, false),
			starts: 'What to look at: whether you can find an arc',
			says: 'Often you can, though less reliably than in InceptionV1’s curve units'
		},
		{
			name: 'neither says mostly no arc is found',
			strokes: tally(4, false),
			waves: tally(3, false),
			starts: 'What to look at: whether you can find an arc',
			says: 'in only 4 of 10.'
		}
	])('$name', ({ strokes, waves, starts, says }) => {
		const caption = galleryCaption(strokes, waves, 10);
		expect(caption.startsWith(starts)).toBe(true);
		expect(caption).toContain(says);
		expect(caption).not.toMatch(/\s{2}|\n/);
	});
});
