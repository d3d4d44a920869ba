import { describe, expect, it } from 'vitest';
import { AUDIT_CONDITIONS, auditCurve } from './audit-stimuli';
import { conditionCurve, SELECTION } from './curve-stimuli';
import { correlation } from './measures';
import { IMAGE_SIZE } from '../world/scenes';
import { pixelToOffset } from '../world/geometry';

/** How far each pixel is from its ground, as ink: the image's first channel, ground subtracted. */
const inkOf = (rgb: Float32Array, ground: number) =>
	Array.from({ length: IMAGE_SIZE * IMAGE_SIZE }, (_, i) => Math.abs(rgb[i * 3] - ground));

describe('curves drawn by another pen', () => {
	it('keep the project’s convention: an arc through the point, opening towards the angle', () => {
		for (const angle of [0, 90, 200]) {
			const condition = AUDIT_CONDITIONS[0];
			const other = inkOf(auditCurve(angle, 12, { x: 0, y: 0 }, condition), 0.6);
			const ours = inkOf(conditionCurve(angle, 12, { x: 0, y: 0 }, { ...SELECTION, length: (Math.PI * 12) / 2 }), 0.95);
			expect(correlation(other, ours), `${angle}°`).toBeGreaterThan(0.8);
			// the ink's mean lies from the point towards the angle (where the arc's ends bend)
			const mean = other.reduce(
				(m, v, i) => {
					const p = pixelToOffset(i % IMAGE_SIZE, Math.floor(i / IMAGE_SIZE), IMAGE_SIZE);
					return { x: m.x + v * p.x, y: m.y + v * p.y, w: m.w + v };
				},
				{ x: 0, y: 0, w: 0 }
			);
			const towards = (Math.atan2(mean.y, mean.x) * 180) / Math.PI;
			expect(Math.abs(((towards - angle + 540) % 360) - 180)).toBeLessThan(5);
		}
	});

	it('draws on grounds and with pens the selection never used, the same picture each time', () => {
		for (const condition of AUDIT_CONDITIONS) {
			const a = auditCurve(45, 8, { x: 2, y: -2 }, condition);
			expect(auditCurve(45, 8, { x: 2, y: -2 }, condition)).toEqual(a);
			expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...a)).toBeLessThanOrEqual(1);
		}
	});
});
