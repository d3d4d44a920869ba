// Curves drawn another way, to audit the curve family on pictures the project's renderer did not make: each arc
// is sampled as points and inked with another pen (a soft Gaussian profile, or a hard edge averaged over 4×4
// samples a pixel), at other widths and arc lengths, on grounds the analysis never used. Only the convention is
// shared: an arc through the read cell, opening towards `angle` (degrees counter-clockwise, 0 opens right, y up).
import { pixelToOffset, toRadians } from '../world/geometry';
import { IMAGE_SIZE } from '../world/scenes';
import { Rng } from '../world/rng';

export interface AuditCondition {
	name: string;
	pen: 'soft' | 'hard';
	/** the stroke's width (soft: at half its darkness), pixels */
	width: number;
	/** how much of a circle the arc spans, degrees */
	arc: number;
	ground: 'grey' | 'gradient' | 'noisy' | 'dark';
}

export const AUDIT_CONDITIONS: AuditCondition[] = [
	{ name: 'soft pen, 90° arc, grey ground', pen: 'soft', width: 2, arc: 90, ground: 'grey' },
	{ name: 'hard pen 3 px, 120° arc, shaded ground', pen: 'hard', width: 3, arc: 120, ground: 'gradient' },
	{ name: 'hard pen 1.2 px, 180° arc, noisy paper', pen: 'hard', width: 1.2, arc: 180, ground: 'noisy' },
	{ name: 'soft light pen, 90° arc, dark ground', pen: 'soft', width: 2.5, arc: 90, ground: 'dark' }
];

/** Ground and ink brightness of each ground (the same in the three channels). */
const GROUNDS: Record<AuditCondition['ground'], { ink: number; ground: (x: number, noise: number) => number }> = {
	grey: { ink: 0.15, ground: () => 0.6 },
	gradient: { ink: 0.1, ground: (x) => 0.85 - 0.4 * ((x + IMAGE_SIZE / 2) / IMAGE_SIZE) },
	noisy: { ink: 0.2, ground: (_, noise) => 0.92 + 0.12 * (noise - 0.5) },
	dark: { ink: 0.85, ground: () => 0.2 }
};

const SAMPLES = 96;

/** Points along the arc, relative to the image centre (y up). */
function arcPoints(angle: number, radius: number, arc: number, at: { x: number; y: number }) {
	const theta = toRadians(angle);
	const centre = { x: at.x + radius * Math.cos(theta), y: at.y + radius * Math.sin(theta) };
	const half = toRadians(arc) / 2;
	return Array.from({ length: SAMPLES + 1 }, (_, i) => {
		const phi = theta + Math.PI - half + (2 * half * i) / SAMPLES;
		return { x: centre.x + radius * Math.cos(phi), y: centre.y + radius * Math.sin(phi) };
	});
}

function distanceToPolyline(points: { x: number; y: number }[], x: number, y: number): number {
	let best = Infinity;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1];
		const dx = points[i].x - a.x;
		const dy = points[i].y - a.y;
		const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)));
		best = Math.min(best, Math.hypot(x - a.x - t * dx, y - a.y - t * dy));
	}
	return best;
}

/** How much ink the pen lays at a pixel (0 … 1). */
function inkAt(condition: AuditCondition, points: { x: number; y: number }[], x: number, y: number): number {
	if (condition.pen === 'soft') {
		const sigma = condition.width / 2.355;
		const d = distanceToPolyline(points, x, y);
		return Math.exp(-(d * d) / (2 * sigma * sigma));
	}
	const centre = distanceToPolyline(points, x, y);
	if (centre >= condition.width / 2 + 0.75) return 0;
	if (centre <= condition.width / 2 - 0.75) return 1;
	let covered = 0;
	for (let i = 0; i < 4; i++)
		for (let j = 0; j < 4; j++)
			if (distanceToPolyline(points, x - 0.5 + (i + 0.5) / 4, y - 0.5 + (j + 0.5) / 4) <= condition.width / 2)
				covered++;
	return covered / 16;
}

/** An RGB image of the arc drawn under `condition`, its midpoint at `at` (relative to the image centre, y up). */
export function auditCurve(
	angle: number,
	radius: number,
	at: { x: number; y: number },
	condition: AuditCondition
): Float32Array {
	const points = arcPoints(angle, radius, condition.arc, at);
	const { ink, ground } = GROUNDS[condition.ground];
	const rng = new Rng(7 + AUDIT_CONDITIONS.indexOf(condition));
	const rgb = new Float32Array(IMAGE_SIZE * IMAGE_SIZE * 3);
	for (let row = 0; row < IMAGE_SIZE; row++)
		for (let column = 0; column < IMAGE_SIZE; column++) {
			const p = pixelToOffset(column, row, IMAGE_SIZE);
			const near = Math.hypot(p.x - at.x, p.y - at.y) <= 2 * radius + 4;
			const paper = ground(p.x, rng.next());
			const cover = near ? inkAt(condition, points, p.x, p.y) : 0;
			const value = paper + (ink - paper) * cover;
			rgb.fill(value, (row * IMAGE_SIZE + column) * 3, (row * IMAGE_SIZE + column) * 3 + 3);
		}
	return rgb;
}
