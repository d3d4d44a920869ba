import { describe, expect, it } from 'vitest';
import { dimensionality, featuresRepresented, featuresServed, neuronPolysemanticity, phaseOf } from './measures';

const polygon = (count: number) => {
	const angles = Array.from({ length: count }, (_, i) => (2 * Math.PI * i) / count);
	return [angles.map(Math.cos), angles.map(Math.sin)];
};

describe('the measures of a toy model', () => {
	it.each([
		{
			name: 'two features on their own axes have a dimension each',
			W: [
				[1, 0],
				[0, 1]
			],
			expected: [1, 1]
		},
		{
			name: 'an antipodal pair shares one dimension, half each',
			W: [
				[1, -1],
				[0, 0]
			],
			expected: [0.5, 0.5]
		},
		{
			name: 'a pentagon gives each feature two fifths of a dimension',
			W: polygon(5),
			expected: [0.4, 0.4, 0.4, 0.4, 0.4]
		},
		{
			name: 'a feature left out has none',
			W: [
				[1, 0],
				[0, 0]
			],
			expected: [1, 0]
		}
	])('dimensionality: $name', ({ W, expected }) => {
		dimensionality(W).forEach((d, i) => expect(d).toBeCloseTo(expected[i], 6));
	});

	it.each([
		{ name: 'a neuron reading one feature', W: [[0, 2, 0]], expected: [1] },
		{ name: 'a neuron reading two equally', W: [[1, 1, 0]], expected: [2] },
		{ name: 'a neuron reading all three equally', W: [[0.3, 0.3, 0.3]], expected: [3] },
		{ name: 'a neuron reading one mostly', W: [[1, 0.1, 0]], expected: [(1.01 * 1.01) / 1.0001] },
		{ name: 'a neuron reading two, silenced by a third', W: [[1, 1, -9]], expected: [2] }
	])('polysemanticity: $name', ({ W, expected }) => {
		neuronPolysemanticity(W).forEach((p, i) => expect(p).toBeCloseTo(expected[i], 6));
	});

	it.each([
		{ w: [1, 0.01], phase: 'ignore' },
		{ w: [0.02, -1], phase: 'dedicate' },
		{ w: [1, -1], phase: 'superpose' }
	])('a 2-in-1 model with weights $w is in phase $phase', ({ w, phase }) => {
		expect(phaseOf([w])).toBe(phase);
	});

	it('counts a feature as represented when its column is longer than 0.5', () => {
		expect(
			featuresRepresented([
				[0.6, 0.3, 0],
				[0, 0.3, 0.4]
			])
		).toBe(1);
		expect(featuresRepresented(polygon(5))).toBe(5);
	});

	it('with ReLU neurons, counts only features some neuron passes on, not one with only negative weights', () => {
		expect(
			featuresServed([
				[1, -9, 0.2],
				[0, -1, 0.6]
			])
		).toBe(2);
	});
});
