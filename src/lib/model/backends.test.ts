import { describe, expect, it } from 'vitest';
import { backendOrder, isSoftwareRenderer } from './backends';

describe('backend choice', () => {
	it.each([
		{
			name: 'a real GPU gets WebGL first',
			renderer: 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060)',
			requested: null,
			expected: ['webgl', 'wasm', 'cpu']
		},
		{
			name: 'SwiftShader gets wasm first',
			renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))',
			requested: null,
			expected: ['wasm', 'cpu']
		},
		{
			name: 'llvmpipe gets wasm first',
			renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)',
			requested: null,
			expected: ['wasm', 'cpu']
		},
		{ name: 'no WebGL gets wasm first', renderer: null, expected: ['wasm', 'cpu'], requested: null },
		{ name: 'a requested backend goes first', renderer: null, requested: 'cpu', expected: ['cpu', 'wasm'] },
		{ name: 'an unknown request is ignored', renderer: null, requested: 'webgpu-ish', expected: ['wasm', 'cpu'] }
	])('$name', ({ renderer, requested, expected }) => {
		expect(backendOrder(renderer, requested)).toEqual(expected);
	});
	it('recognises software renderers', () => {
		expect(isSoftwareRenderer('Google SwiftShader')).toBe(true);
		expect(isSoftwareRenderer('Apple M2')).toBe(false);
	});
});
