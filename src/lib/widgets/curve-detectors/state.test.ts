import { describe, expect, it } from 'vitest';
import { echoRatio, leader, liveSentence, TUNING_ANGLES } from './state';
import { byUnit } from '../../measure/sweeps';

/** Tuning curves whose unit u peaks at u·45° with `echo` of the peak at the opposite angle. */
const synthetic = (echo: number) =>
	Array.from({ length: 8 }, (_, u) =>
		TUNING_ANGLES.map((a) => (a === u * 45 ? 2 : a === (u * 45 + 180) % 360 ? 2 * echo : 0.1))
	);

describe('reading the family', () => {
	it.each([
		{ name: 'no echo', args: 0, expected: 0 },
		{ name: 'a quarter echo', args: 0.25, expected: 0.25 }
	])('echo ratio with $name', ({ args, expected }) => expect(echoRatio(synthetic(args))).toBeCloseTo(expected));
	it.each([
		{ name: 'the largest activation leads', args: [0.1, 0.9, 0.3], expected: 1 },
		{ name: 'nobody leads when nothing fires', args: [0, 0, 0], expected: null }
	])('$name', ({ args, expected }) => expect(leader(args)).toBe(expected));
	it('turns angle-major rows into per-unit curves', () => {
		expect(
			byUnit([
				[1, 2],
				[3, 4],
				[5, 6]
			])
		).toEqual([
			[1, 3, 5],
			[2, 4, 6]
		]);
	});
	it('describes the state in one sentence', () => {
		const text = liveSentence({ angle: 45, radius: 16, inhibition: false }, [0, 1.5, 0, 0, 0, 0, 0, 0], 0.28);
		expect(text).toBe(
			'Curve opening towards 45°, radius 16 px: detector curve 45° leads at 1.50; inhibition off, echo ratio 0.28.'
		);
	});
});
