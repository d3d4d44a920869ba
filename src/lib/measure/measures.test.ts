import { describe, expect, it } from 'vitest';
import { argmax, echoRatio, groupMeans, labelEntropy, largestGap, roundDeep, selectivity } from './measures';

describe('measures', () => {
	it.each([
		{ name: 'a flat curve', args: [1, 1, 1, 1], expected: 1 },
		{ name: 'one spike in four', args: [4, 0, 0, 0], expected: 4 },
		{ name: 'silence', args: [0, 0, 0], expected: 0 }
	])('selectivity of $name', ({ args, expected }) => expect(selectivity(args)).toBeCloseTo(expected));

	it.each([
		{ name: 'tiles evenly', args: [0, 90, 180, 270], expected: 90 },
		{ name: 'wraps past 360', args: [350, 10, 100], expected: 250 },
		{ name: 'one angle leaves the whole circle', args: [45], expected: 360 }
	])('largest gap $name', ({ args, expected }) => expect(largestGap(args)).toBe(expected));

	it('reads the echo at the angle opposite the peak', () => {
		const angles = [0, 90, 180, 270];
		expect(echoRatio([0.1, 2, 0.2, 0.5], angles)).toBeCloseTo(0.25);
	});

	it.each([
		{ name: 'one class', args: ['dog', 'dog', 'dog', 'dog'], expected: 0 },
		{ name: 'two classes evenly', args: ['dog', 'car', 'dog', 'car'], expected: 1 },
		{ name: 'four classes evenly', args: ['a', 'b', 'c', 'd'], expected: 2 }
	])('entropy of $name', ({ args, expected }) => expect(labelEntropy(args)).toBeCloseTo(expected));

	it('finds the first maximum and rounds nested numbers', () => {
		expect(argmax([1, 3, 3, 2])).toBe(1);
		expect(roundDeep({ a: [1.234567891, { b: 0.000012345678 }], c: 'x' }, 3)).toEqual({
			a: [1.23, { b: 0.0000123 }],
			c: 'x'
		});
	});

	it('averages runs of rows, one row per group', () => {
		expect(
			groupMeans(
				[
					[1, 2],
					[3, 4],
					[5, 6],
					[7, 8]
				],
				2
			)
		).toEqual([
			[2, 3],
			[6, 7]
		]);
		expect(groupMeans([[1], [2], [3]], 1)).toEqual([[1], [2], [3]]);
	});
});
