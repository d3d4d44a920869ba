import { describe, expect, it } from 'vitest';
import { liveSentence } from './state';

const reading = (left: number, right: number) => ({ sources: {}, left, right, union: 1, dog: 12.34 });
const names = { left: 'mixed4b:109', right: 'mixed4b:216' };

describe('what the dog circuit says after each change', () => {
	it('gives each head unit from what to what', () => {
		expect(liveSentence(names, reading(2.5, 0.1), reading(1.2, 0.1), 'turning the head')).toBe(
			'Left-facing head unit mixed4b:109: 2.50 → 1.20; right-facing head unit mixed4b:216: ' +
				'unchanged at 0.10; dog logit 12.3 after turning the head.'
		);
	});
	it('says "unchanged" rather than the same number twice', () => {
		expect(liveSentence(names, reading(2.57, 0), reading(2.57, 0), 'cutting the inhibition')).toContain(
			'mixed4b:109: unchanged at 2.57'
		);
	});
	it('gives the values alone when there is nothing to compare', () => {
		expect(liveSentence(names, null, reading(2.5, 0), '')).toBe(
			'Left-facing head unit mixed4b:109: 2.50; right-facing head unit mixed4b:216: 0.00; dog logit 12.3.'
		);
	});
});
