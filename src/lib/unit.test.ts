import { describe, expect, it } from 'vitest';
import { parseLayerAndUnit, parseUnitName, unitName, unitPagePath, unitPicturePath } from './unit';

describe('a unit’s name', () => {
	it.each([
		{ text: 'mixed3b:129', expected: { layer: 'mixed3b', unit: 129 } },
		{ text: ' mixed3b : 129 ', expected: { layer: 'mixed3b', unit: 129 } },
		{ text: 'mixed3b 129', expected: { layer: 'mixed3b', unit: 129 } },
		{ text: 'Mixed4A:7', expected: { layer: 'mixed4a', unit: 7 } },
		{ text: '3b:129', expected: { layer: 'mixed3b', unit: 129 } },
		{ text: '3b 0', expected: { layer: 'mixed3b', unit: 0 } },
		{ text: 'conv2d2:5', expected: { layer: 'conv2d2', unit: 5 } },
		{ text: 'mixed3b', expected: { layer: 'mixed3b', unit: null } },
		{ text: '4c', expected: { layer: 'mixed4c', unit: null } },
		{ text: '129', expected: null },
		{ text: 'curve', expected: null },
		{ text: 'mixed3b:-1', expected: null },
		{ text: 'mixed3b:1.5', expected: null },
		{ text: '', expected: null }
	])('"$text" reads as $expected', ({ text, expected }) => {
		expect(parseLayerAndUnit(text)).toEqual(expected);
	});

	it('is a unit only where it names one, and reads back as it is written', () => {
		expect(parseUnitName('mixed3b')).toBeNull();
		for (const ref of [
			{ layer: 'mixed3b', unit: 123 },
			{ layer: 'conv2d0', unit: 0 }
		])
			expect(parseUnitName(unitName(ref))).toEqual(ref);
		expect(unitName(parseUnitName('3b 12')!)).toBe('mixed3b:12');
	});

	it('gives the addresses of a unit’s page and its pictures', () => {
		expect(unitPagePath({ layer: 'mixed3b', unit: 7 })).toBe('/units/mixed3b/7/');
		expect(unitPicturePath({ layer: 'mixed3b', unit: 7 }, 'neuron-positive.png')).toBe(
			'/units/mixed3b/7/views/neuron-positive.png'
		);
	});
});
