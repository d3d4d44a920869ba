import { describe, expect, it } from 'vitest';
import {
	branchesOf,
	branchOf,
	expectedWeights,
	mixedChannels,
	receptiveField,
	type Architecture,
	type MixedSpec
} from './architecture';

const block = (changes: Partial<MixedSpec> = {}): MixedSpec => ({
	name: 'mixed3a',
	type: 'mixed',
	in: 8,
	b1: 4,
	b3r: 4,
	b3: 4,
	b5r: 4,
	b5: 4,
	pool: 4,
	...changes
});

const stem = (conv0: number, conv2: number, mixed: MixedSpec): Architecture => ({
	input: { size: 64, channels: 3 },
	layers: [
		{ name: 'conv2d0', type: 'conv', in: 3, out: 8, kernel: conv0, stride: 2 },
		{ name: 'maxpool0', type: 'maxpool', kernel: 2, stride: 2 },
		{ name: 'conv2d2', type: 'conv', in: 8, out: 8, kernel: conv2, stride: 1 },
		mixed,
		{ ...block({ name: 'mixed3b', in: mixedChannels(mixed), b3r: 0, b5r: 0 }) }
	]
});

describe('the architecture as data', () => {
	it.each([
		{
			name: 'v10 (5×5 stem, a 5×5 branch in mixed3a)',
			architecture: stem(5, 3, block()),
			expected: { conv2d2: 15, mixed3a: 31, mixed3b: 47 }
		},
		{
			name: 'v11 (3×3 then 1×1 stem, no 5×5 branch in mixed3a)',
			architecture: stem(3, 1, block({ b5r: 0, b5: 0 })),
			expected: { conv2d2: 5, mixed3a: 13, mixed3b: 29 }
		}
	])('a cell of each layer sees the patch its kernels and strides add up to: $name', ({ architecture, expected }) => {
		for (const [layer, pixels] of Object.entries(expected))
			expect(receptiveField(architecture, layer), layer).toBe(pixels);
	});

	it('leaves out a branch of width 0: no weights, no units, and the units after it move up', () => {
		const spec = block({ b5r: 0, b5: 0 });
		expect(branchesOf(spec)).toEqual(['b1', 'b3', 'pool']);
		expect(mixedChannels(spec)).toBe(12);
		expect(branchOf(spec, 8)).toEqual({ branch: 'pool', index: 0 });
		const names = [...expectedWeights({ input: { size: 64, channels: 3 }, layers: [spec] }).keys()];
		expect(names.filter((n) => n.includes('/b5'))).toEqual([]);
		expect(names).toContain('mixed3a/pool/kernel');
	});
});
