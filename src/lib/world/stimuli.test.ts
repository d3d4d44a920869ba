import { describe, expect, it } from 'vitest';
import { curveDistance, curveGeometry, curvePath, defaultCurve, renderCurve } from './stimuli';
import { angleDifference, angleSweep, wrap360 } from './geometry';

const SIZE = 64;

/** Centre of mass of the ink, relative to the image centre, y up. */
function inkCentre(image: Float32Array) {
	let x = 0,
		y = 0,
		total = 0;
	image.forEach((v, i) => {
		x += v * ((i % SIZE) + 0.5 - SIZE / 2);
		y += v * (SIZE / 2 - (Math.floor(i / SIZE) + 0.5));
		total += v;
	});
	return { x: x / total, y: y / total };
}

describe('angle helpers', () => {
	it.each([
		{ name: 'wraps negatives', args: [-30], expected: 330 },
		{ name: 'wraps past a turn', args: [725], expected: 5 }
	])('wrap360 $name', ({ args, expected }) => expect(wrap360(args[0])).toBe(expected));
	it.each([
		{ name: 'across zero', args: [350, 10, 360], expected: -20 },
		{ name: 'lines are equal a half-turn apart', args: [170, -10, 180], expected: 0 },
		{ name: 'plain', args: [90, 45, 360], expected: 45 }
	])('angleDifference $name', ({ args, expected }) =>
		expect(angleDifference(args[0], args[1], args[2])).toBeCloseTo(expected)
	);
	it('sweeps the circle in equal steps', () => expect(angleSweep(45)).toEqual([0, 45, 90, 135, 180, 225, 270, 315]));
});

describe('curve stimuli', () => {
	it.each(angleSweep(45).map((angle) => ({ angle })))(
		'a curve opening towards $angle° passes through the centre and bulges away from it',
		({ angle }) => {
			const image = renderCurve({ ...defaultCurve, angle }, SIZE);
			expect(Math.max(...image)).toBeLessThanOrEqual(1);
			expect(Math.min(...image)).toBeGreaterThanOrEqual(0);
			// the stroke covers the image centre
			expect(image[(SIZE / 2) * SIZE + SIZE / 2]).toBeGreaterThan(0.5);
			// an arc's ink lies on its convex side of the centre, so the ink's centre of mass points towards the opening
			const c = inkCentre(image);
			const direction = (Math.atan2(c.y, c.x) * 180) / Math.PI;
			expect(Math.abs(angleDifference(direction, angle))).toBeLessThan(2);
		}
	);

	it('draws the arc with the length asked for', () => {
		const image = renderCurve({ ...defaultCurve, width: 1 }, SIZE);
		const ink = image.reduce((a, b) => a + b, 0);
		expect(ink).toBeGreaterThan(defaultCurve.length * 0.85);
		expect(ink).toBeLessThan(defaultCurve.length * 1.25);
	});

	it('renders an infinite radius as a straight line with no bulge', () => {
		const c = inkCentre(renderCurve({ ...defaultCurve, radius: Infinity }, SIZE));
		expect(Math.hypot(c.x, c.y)).toBeLessThan(0.01);
	});

	it('the arc ends the SVG path draws lie on the rendered stroke', () => {
		const curve = { ...defaultCurve, angle: 70 };
		const g = curveGeometry(curve);
		expect(curveDistance(curve, g.start)).toBeLessThan(1e-9);
		expect(curveDistance(curve, g.end)).toBeLessThan(1e-9);
		expect(curvePath(curve)).toMatch(/^M-?[\d.]+,-?[\d.]+A16\.00,16\.00 0 0 0 -?[\d.]+,-?[\d.]+$/);
	});

	// what the reader sees is what the network sees: the drawn arc lies on the rendered ink
	it.each(angleSweep(30).flatMap((angle) => [8, 16, 30].map((radius) => ({ angle, radius }))))(
		'the SVG path of a curve at $angle° with radius $radius px lies on the ink the network gets, through the centre',
		({ angle, radius }) => {
			const curve = { ...defaultCurve, angle, radius };
			const image = renderCurve(curve, SIZE);
			const points = sampleSvgPath(curvePath(curve), 40);
			for (const p of points) {
				// SVG coordinates are centred with y down: the pixel under the point
				const column = Math.floor(p.x + SIZE / 2);
				const row = Math.floor(p.y + SIZE / 2);
				expect(image[row * SIZE + column], `(${p.x.toFixed(1)}, ${p.y.toFixed(1)})`).toBeGreaterThan(0.5);
			}
			// the arc passes through the image centre: its closest sample is within half a pixel
			expect(Math.min(...points.map((p) => Math.hypot(p.x, p.y)))).toBeLessThan(0.5 + curve.length / 40 / 2);
		}
	);
});

/**
 * Points along an SVG path of one move and one line or elliptical arc (as curvePath writes), the way a
 * browser draws it: the arc's centre from its end points, radius and flags (SVG 1.1, appendix F.6.5).
 */
function sampleSvgPath(d: string, count: number): { x: number; y: number }[] {
	const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	const [x1, y1] = numbers;
	if (d.includes('L')) {
		const [, , x2, y2] = numbers;
		return Array.from({ length: count + 1 }, (_, i) => ({
			x: x1 + ((x2 - x1) * i) / count,
			y: y1 + ((y2 - y1) * i) / count
		}));
	}
	const [, , r, , , large, sweep, x2, y2] = numbers;
	const mx = (x1 - x2) / 2;
	const my = (y1 - y2) / 2;
	const factor = Math.sqrt(Math.max(0, (r * r - mx * mx - my * my) / (mx * mx + my * my))) * (large === sweep ? -1 : 1);
	const cx = factor * my + (x1 + x2) / 2;
	const cy = -factor * mx + (y1 + y2) / 2;
	const a1 = Math.atan2(y1 - cy, x1 - cx);
	let delta = Math.atan2(y2 - cy, x2 - cx) - a1;
	if (sweep === 1 && delta < 0) delta += 2 * Math.PI;
	if (sweep === 0 && delta > 0) delta -= 2 * Math.PI;
	return Array.from({ length: count + 1 }, (_, i) => ({
		x: cx + r * Math.cos(a1 + (delta * i) / count),
		y: cy + r * Math.sin(a1 + (delta * i) / count)
	}));
}
