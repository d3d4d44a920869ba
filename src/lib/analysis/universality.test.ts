import { describe, expect, it } from 'vitest';
import type { Atlas } from '../atlas/schema';
import { TUNING_ANGLES } from '../measure/sweeps';
import { oneToOne, PARTNER_CORRELATION } from './universality';

/** A tuning curve with one lobe at `angle`. */
const lobe = (angle: number) =>
	TUNING_ANGLES.map((a) => Math.exp(-((((a - angle + 540) % 360) - 180) ** 2) / (2 * 20 ** 2)));

const atlasOf = (model: string, angles: number[]) =>
	({
		model,
		curves: {
			units: angles.map((angle, unit) => ({ layer: 'mixed3b', unit, preferredAngle: angle, tuning: lobe(angle) }))
		}
	}) as unknown as Atlas;

describe('curve units paired one to one, against tunings turned at random', () => {
	it('pairs two families at the same angles unit by unit, well above what chance gives', () => {
		const angles = [0, 45, 90, 135, 180, 225, 270, 315];
		const result = oneToOne(atlasOf('a', angles), atlasOf('b', angles), 200);
		expect(result.partners).toBe(angles.length);
		expect(result.pairs.every((p) => p.correlation > 0.99)).toBe(true);
		expect(result.null.p95).toBeLessThan(angles.length);
		expect(result.null.atLeastObserved).toBeLessThan(0.05);
	});

	it('never gives one unit of the second network two partners', () => {
		const result = oneToOne(atlasOf('a', [10, 15, 20]), atlasOf('b', [15]), 50);
		expect(result.pairs).toHaveLength(1);
		expect(result.partners).toBe(1);
		expect(result.pairs[0].correlation).toBeGreaterThanOrEqual(PARTNER_CORRELATION);
	});

	it('counts by chance about what one lobe landing near another gives', () => {
		const result = oneToOne(atlasOf('a', [0]), atlasOf('b', [180]), 2000);
		expect(result.partners).toBe(0);
		// a lobe of 20° correlates at 0.8 or more within about ±15°: 7 of the 72 turns
		expect(result.null.mean).toBeGreaterThan(0.05);
		expect(result.null.mean).toBeLessThan(0.15);
	});
});
