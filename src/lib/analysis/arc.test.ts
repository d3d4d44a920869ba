import { describe, expect, it } from 'vitest';
import { arcAgrees, arcAngle, arcTemplates } from './arc';
import { conditionCurve } from '../measure/curve-stimuli';

const angles = Array.from({ length: 72 }, (_, i) => i * 5);
const shift = { x: 0, y: 0 };
const templates = arcTemplates(angles, 8, shift);

describe('reading which way a picture’s arc opens', () => {
	it('reads a drawn curve as its own angle, at every angle, and a thicker, longer one within a step', () => {
		for (const angle of angles) expect(arcAngle(conditionCurve(angle, 8, shift), angles, templates)).toBe(angle);
		const thick = conditionCurve(130, 8, shift, {
			name: 'thick',
			polarity: 'dark',
			background: 'plain',
			width: 4,
			length: 40,
			offset: { x: 0, y: 0 }
		});
		expect(arcAgrees(arcAngle(thick, angles, templates), 130)).toBe(true);
		expect(Math.abs(arcAngle(thick, angles, templates) - 130)).toBeLessThanOrEqual(5);
	});

	it('finds no agreement where the picture holds the opposite curve', () => {
		expect(arcAgrees(arcAngle(conditionCurve(200, 8, shift), angles, templates), 20)).toBe(false);
	});
});
