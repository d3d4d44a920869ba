import { describe, expect, it } from 'vitest';
import type { DrawnPart, PartPoint } from '../world/parts';
import { circlePart } from '../world/parts';
import { describePoint, facing, nearestPoint } from './seen';
import { IMAGE_SIZE } from '../world/scenes';

const edgeFacing = (inside: number): PartPoint => ({
	x: 0,
	y: 0,
	opening: null,
	radius: Infinity,
	normal: inside,
	inside
});

describe('what a cell sees', () => {
	it('names the part drawn nearest the cell: a ball’s edge left of its centre has the shape to its right', () => {
		const ball: DrawnPart = { owner: 'ball', name: 'outline', part: circlePart(40, 32, 10), inside: { x: 40, y: 32 } };
		// an 8 × 8 map: cell (3, 3) is centred on pixel (28, 28), near the ball's left edge at (30, 32)
		const point = nearestPoint([ball], 8, 3, 3)!;
		expect(describePoint(point)).toBe('a curved edge, the shape to its right');
		const stroke: DrawnPart = {
			owner: 'clutter',
			name: 'stroke',
			part: { kind: 'line', ax: 0, ay: 10, bx: 64, by: 10 }
		};
		expect(describePoint(nearestPoint([stroke], 8, 1, 4))).toBe('a straight stroke, horizontal');
		const rising: DrawnPart = {
			owner: 'clutter',
			name: 'stroke',
			part: { kind: 'line', ax: 0, ay: 64, bx: 64, by: 0 }
		};
		expect(describePoint(nearestPoint([rising], 8, 4, 3))).toBe('a straight stroke, rising');
		expect(describePoint(nearestPoint([stroke], IMAGE_SIZE / 8, 7, 7))).toBe('nothing drawn');
	});

	it('measures edges facing one way as 1, facing every way as about nothing, and empty cells as nothing', () => {
		expect(facing(Array.from({ length: 24 }, () => edgeFacing(300))).oneWay).toBeCloseTo(1, 6);
		expect(facing(Array.from({ length: 24 }, () => edgeFacing(300))).direction).toBe(300);
		expect(facing(Array.from({ length: 24 }, (_, i) => edgeFacing(i * 15))).oneWay).toBeLessThan(1e-6);
		const half = [...Array.from({ length: 12 }, () => edgeFacing(0)), ...Array.from({ length: 12 }, () => null)];
		expect(facing(half).oneWay).toBeCloseTo(0.5, 6);
	});
});
