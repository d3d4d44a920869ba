import { describe, expect, it } from 'vitest';
import { parseParams } from '../kit/spec';
import { spec } from './spec';
import { describeModel, sparsityAt, sparsityPosition } from './state';

describe('the toy widget’s state', () => {
	it.each([
		{ position: 0, sparsity: 0 },
		{ position: 10, sparsity: 0.9 },
		{ position: 20, sparsity: 0.99 }
	])('slider position $position is sparsity $sparsity, and back', ({ position, sparsity }) => {
		expect(sparsityAt(position)).toBeCloseTo(sparsity, 6);
		expect(sparsityPosition(sparsity)).toBe(position);
	});

	it('a sparsity from a link that is no slider step shows at the nearest step', () => {
		expect(sparsityPosition(0.85)).toBe(8);
	});

	it.each([
		{ query: 'n=9', message: 'n must be a whole number from 2 to 8' },
		{ query: 'sparsity=1', message: 'sparsity must be a number from 0 to 0.99' },
		{ query: 'importance=2', message: 'importance must be a number from 0.5 to 1' },
		{ query: 'penalty=-1', message: 'penalty must be a number from 0 to 1' },
		{ query: 'seed=x', message: 'seed must be a whole number from 0 to 9999' }
	])('a bad value in the address says what is wrong: $query', ({ query, message }) => {
		expect(parseParams(spec, new URLSearchParams(query)).errors.join(' ')).toContain(message);
	});

	it('says how many features the model represents', () => {
		const W = [
			[1, 0, 0.1],
			[0, 1, 0.1]
		];
		expect(describeModel({ n: 3, sparsity: 0, importance: 0.9, seed: 1, penalty: 0 }, W, 0.1234)).toBe(
			'3 features, sparsity 0.00, importance 0.90^i, seed 1: 2 of 3 features represented in 2 dimensions; loss 0.1234.'
		);
	});
});
