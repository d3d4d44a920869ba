import { describe, expect, it } from 'vitest';
import { searchUnits, type UnitEntry } from './search';
import { unitName } from '../unit';

const entries: UnitEntry[] = [
	{ layer: 'mixed3a', unit: 129, families: ['early curve detector (feeds the curve family)'] },
	{ layer: 'mixed3b', unit: 123, families: ['curve detector, prefers curves opening towards 85°'] },
	{
		layer: 'mixed3b',
		unit: 129,
		families: ['curve-sensitive, not tuned (peaks at 125°): not a member of the curve family']
	},
	{ layer: 'mixed3b', unit: 114, families: ['high-low frequency detector'] },
	{ layer: 'mixed4b', unit: 109, families: ['left-facing dog-head unit'], mostly: 'dog' },
	{ layer: 'mixed4b', unit: 206, families: ['the most polysemantic unit'], mostly: 'car' },
	{ layer: 'mixed4c', unit: 7, families: [] }
];
const names = (q: string, layer?: string) => searchUnits(q, entries, layer).map(unitName);

describe('finding a unit', () => {
	it('by name, however it is typed', () => {
		for (const q of ['mixed3b 129', 'mixed3b:129', 'Mixed3b : 129', '3b:129', '3b 129'])
			expect(names(q), q).toEqual(['mixed3b:129']);
		expect(names('mixed3b')).toEqual(['mixed3b:123', 'mixed3b:129', 'mixed3b:114']);
	});

	it('by a bare number, within the layer being looked at (or in every layer)', () => {
		expect(names('129', 'mixed3b')).toEqual(['mixed3b:129']);
		expect(names('129')).toEqual(['mixed3a:129', 'mixed3b:129']);
	});

	it('by what it is, with or without hyphens', () => {
		expect(names('high low')).toEqual(['mixed3b:114']);
		expect(names('high-low')).toEqual(['mixed3b:114']);
		expect(names('curve')).toEqual(['mixed3a:129', 'mixed3b:123', 'mixed3b:129']);
		expect(names('dog')).toEqual(['mixed4b:109']);
		expect(names('polysemantic')).toEqual(['mixed4b:206']);
	});

	it('by the class most of its best scenes show', () => {
		expect(names('car')).toEqual(['mixed4b:206']);
	});

	it('finds everything for nothing, and nothing for nonsense', () => {
		expect(names('  ')).toHaveLength(entries.length);
		expect(names('zebra')).toEqual([]);
	});
});
