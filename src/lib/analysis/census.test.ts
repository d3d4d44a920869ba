import { describe, expect, it } from 'vitest';
import { arcLength, FULL_FAMILY, pickFamily, pickOverTrainings } from './census';

const row = (layer: string, radius: number, clean: number, selectionGap: number) => ({
	layer,
	radius,
	clean,
	selectionGap
});

describe('the rule that picks the family a figure shows', () => {
	it('takes the family that tiles the circle best among those large enough, then the larger', () => {
		const rows = [
			row('mixed3b', 8, FULL_FAMILY, 140),
			row('mixed4a', 8, 24, 55),
			row('mixed4a', 16, 20, 45),
			row('mixed4a', 12, 30, 45),
			row('mixed3a', 8, FULL_FAMILY - 1, 20)
		];
		expect(pickFamily(rows)).toMatchObject({ layer: 'mixed4a', radius: 12 });
	});

	it('with no family large enough, takes the one with the most units', () => {
		const rows = [row('conv2d2', 8, 1, 360), row('mixed3a', 8, 3, 200), row('mixed3b', 8, 3, 150)];
		expect(pickFamily(rows)).toMatchObject({ layer: 'mixed3b', radius: 8 });
	});

	it('over trainings, takes the pick of most of them, and the first training’s on a tie', () => {
		const a = { layer: 'mixed4a', radius: 16 };
		const b = { layer: 'mixed3b', radius: 12 };
		expect(pickOverTrainings([a, b, b])).toEqual(b);
		expect(pickOverTrainings([a, b])).toEqual(a);
	});

	it('draws short arcs as that much of a circle', () => {
		expect(arcLength(90, 8)).toBeCloseTo(4 * Math.PI, 10);
		expect(arcLength(360, 16)).toBeCloseTo(32 * Math.PI, 10);
	});
});
