import { describe, expect, it } from 'vitest';
import { remToHostUnits } from './host-units';

describe('the elements’ sizes do not follow the host page’s root font size', () => {
	it.each([
		{ name: 'a plain size', args: '.a{padding:0.8rem}', expected: '.a{padding:calc(0.8 * var(--zoom-rem))}' },
		{
			name: 'minified and negative',
			args: '.a{margin:-.5rem 1rem}',
			expected: '.a{margin:calc(-.5 * var(--zoom-rem)) calc(1 * var(--zoom-rem))}'
		},
		{ name: 'a custom property', args: '.t{--wide:64rem}', expected: '.t{--wide:calc(64 * var(--zoom-rem))}' },
		{ name: 'a class that ends in rem', args: '.lorem{x:1}', expected: '.lorem{x:1}' },
		{ name: 'em, not rem', args: '.a{width:1em}', expected: '.a{width:1em}' }
	])('rewrites $name', ({ args, expected }) => expect(remToHostUnits(args)).toBe(expected));

	it('leaves the conditions of media and container queries, and rewrites the rules inside them', () => {
		expect(
			remToHostUnits('@media (max-width:40rem){.b{gap:2rem}}@container (max-width: 15rem){.c{width:1.5rem}}')
		).toBe(
			'@media (max-width:40rem){.b{gap:calc(2 * var(--zoom-rem))}}' +
				'@container (max-width: 15rem){.c{width:calc(1.5 * var(--zoom-rem))}}'
		);
	});
});
