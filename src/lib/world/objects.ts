// The world's things: cars, balls and polygons, and the stroke classes (rings, stars and corners), drawn by
// parts. Where they are drawn and which way they face is their Placement.
import type { Raster, Rgb } from './raster';
import type { Rng } from './rng';
import { arc, box, circle, polygon, segment } from './sdf';
import { jitter, shade } from './textures';
import { around, type Placement } from './placement';
import { boxParts, centroid, circlePart, polygonParts } from './parts';

const CAR_PAINT: Rgb[] = [
	[0.75, 0.1, 0.1],
	[0.1, 0.3, 0.7],
	[0.9, 0.85, 0.8],
	[0.15, 0.15, 0.17],
	[0.85, 0.7, 0.1],
	[0.2, 0.55, 0.3]
];

export function drawCar(img: Raster, rng: Rng, p: Placement) {
	const { cx, cy, scale: s, facing: f } = p;
	const paint = jitter(rng, rng.pick(CAR_PAINT));
	const glass: Rgb = jitter(rng, [0.55, 0.68, 0.78], 0.05);
	img.shape(box(cx, cy + 2 * s, 21 * s, 6 * s, 3 * s), paint, around(cx, cy + 2 * s, 23 * s));
	img.mark('body', boxParts(cx, cy + 2 * s, 21 * s, 6 * s, 3 * s), { x: cx, y: cy + 2 * s });
	const cabinCorners: [number, number][] = [
		[cx - f * 12 * s, cy - 3.5 * s],
		[cx - f * 8 * s, cy - 11 * s],
		[cx + f * 5 * s, cy - 11 * s],
		[cx + f * 10 * s, cy - 3.5 * s]
	];
	img.shape(polygon(cabinCorners), paint);
	img.mark('cabin', polygonParts(cabinCorners), centroid(cabinCorners));
	const windows: [number, number][] = [
		[cx - f * 10 * s, cy - 4.5 * s],
		[cx - f * 7.2 * s, cy - 9.5 * s],
		[cx + f * 4.4 * s, cy - 9.5 * s],
		[cx + f * 8 * s, cy - 4.5 * s]
	];
	img.shape(polygon(windows), glass);
	img.mark('windows', polygonParts(windows), centroid(windows));
	img.shape(segment(cx - f * 1.5 * s, cy - 10 * s, cx - f * 1.5 * s, cy - 4 * s, 1.2 * s), paint);
	img.mark('pillar', { kind: 'line', ax: cx - f * 1.5 * s, ay: cy - 10 * s, bx: cx - f * 1.5 * s, by: cy - 4 * s });
	img.shape(circle(cx + f * 19.5 * s, cy, 1.6 * s), [1, 0.95, 0.6]);
	img.mark('lamp', circlePart(cx + f * 19.5 * s, cy, 1.6 * s), { x: cx + f * 19.5 * s, y: cy });
	for (const wx of [-12, 12]) {
		const [x, y] = [cx + wx * s, cy + 8 * s];
		img.shape(circle(x, y, 4.8 * s), [0.07, 0.07, 0.08], around(x, y, 6 * s));
		img.shape(circle(x, y, 2 * s), [0.7, 0.7, 0.72], around(x, y, 3 * s));
		img.mark('wheel', [circlePart(x, y, 4.8 * s), circlePart(x, y, 2 * s)], { x, y });
	}
}

const BALL_COLORS: Rgb[] = [
	[0.85, 0.2, 0.15],
	[0.95, 0.85, 0.2],
	[0.2, 0.45, 0.85],
	[0.85, 0.9, 0.3],
	[0.95, 0.95, 0.95],
	[0.9, 0.5, 0.1]
];

export function drawBall(img: Raster, rng: Rng, p: Placement) {
	const { cx, cy, scale: s } = p;
	const r = rng.uniform(7, 13) * s;
	const color = jitter(rng, rng.pick(BALL_COLORS));
	const light = { x: cx - r * 0.35, y: cy - r * 0.35 };
	img.shape(
		circle(cx, cy, r),
		(x, y) => shade(color, 1.15 - (0.45 * Math.hypot(x - light.x, y - light.y)) / (2 * r)),
		around(cx, cy, r + 1)
	);
	img.mark('outline', circlePart(cx, cy, r), { x: cx, y: cy });
	const seam = shade(color, rng.chance(0.5) ? 0.45 : 1.6);
	const turn = rng.uniform(0, 2 * Math.PI);
	for (const side of rng.chance(0.5) ? [1] : [1, -1]) {
		const d = r * 1.25;
		const ax = cx + side * d * Math.cos(turn);
		const ay = cy + side * d * Math.sin(turn);
		const clipped = (x: number, y: number) =>
			Math.max(arc(ax, ay, r * 0.9, turn + (side > 0 ? Math.PI : 0), 0.9, 1.3 * s)(x, y), circle(cx, cy, r - 1)(x, y));
		img.shape(clipped, seam, around(cx, cy, r));
		// the seam is drawn where its arc lies inside the ball
		const mid = turn + (side > 0 ? Math.PI : 0);
		img.mark('seam', { kind: 'arc', cx: ax, cy: ay, r: r * 0.9, mid, half: 0.9 });
	}
}

export function drawPolygon(img: Raster, rng: Rng, p: Placement) {
	const { cx, cy, scale: s } = p;
	const sides = rng.pick([3, 4, 4, 5, 6, 8]);
	const r = rng.uniform(8, 14) * s;
	const turn = rng.uniform(0, 2 * Math.PI);
	const stretch = rng.uniform(0.75, 1.25);
	const points = Array.from({ length: sides }, (_, i): [number, number] => {
		const a = turn + (2 * Math.PI * i) / sides;
		return [cx + r * Math.cos(a) * stretch, cy + (r * Math.sin(a)) / stretch];
	});
	const color = jitter(rng, rng.pick(BALL_COLORS));
	const light = rng.uniform(0.9, 1.1);
	img.shape(polygon(points), shade(color, light), around(cx, cy, r * 1.3 + 1));
	img.mark('outline', polygonParts(points), { x: cx, y: cy });
	if (rng.chance(0.5)) {
		const inner = points.map(([x, y]): [number, number] => [cx + (x - cx) * 0.55, cy + (y - cy) * 0.55]);
		img.shape(polygon(inner), shade(color, rng.chance(0.5) ? 0.6 : 1.4), around(cx, cy, r));
		img.mark('inner outline', polygonParts(inner), { x: cx, y: cy });
	}
}

/** Stroke widths of the stroke classes, in pixels before the scene's scale: thin pen to marker. */
export const STROKE_WIDTH_RANGE = { min: 1, max: 4.2 } as const;

const STROKE_COLORS: Rgb[] = [
	[0.1, 0.1, 0.1],
	[0.95, 0.95, 0.95],
	[0.6, 0.2, 0.1],
	[0.15, 0.25, 0.6],
	[0.85, 0.75, 0.2]
];

/**
 * Two to four pieces of one circle's rim with gaps between them: a broken ring. Each piece bends
 * around the common centre. `inward` turns every piece over its own chord, so the same pieces bend
 * towards the centre instead (a four-pointed star's outline, or ")(" for two pieces): locally each
 * piece is the same arc, and only the side it bends to tells the two apart.
 */
function drawRimPieces(img: Raster, rng: Rng, p: Placement, inward: boolean) {
	const { cx, cy, scale: s } = p;
	const color = jitter(rng, rng.pick(STROKE_COLORS));
	const w = rng.uniform(STROKE_WIDTH_RANGE.min, STROKE_WIDTH_RANGE.max) * s;
	const r = rng.uniform(9, 16) * s;
	const pieces = rng.int(2, 4);
	const turn = rng.uniform(0, 2 * Math.PI);
	for (let i = 0; i < pieces; i++) {
		const mid = turn + (2 * Math.PI * i) / pieces + rng.uniform(-0.2, 0.2);
		const half = rng.uniform(0.45, Math.min(1.1, Math.PI / pieces - 0.25));
		if (!inward) {
			img.shape(arc(cx, cy, r, mid, half, w), color);
			img.mark('piece', { kind: 'arc', cx, cy, r, mid, half });
		} else {
			// the arc reflected across its chord: a circle of the same radius beyond the chord, with the
			// chord a little further out than a ring's, so that neither size nor curvature tells them apart
			const chord = r * Math.cos(half) * rng.uniform(1.1, 1.5);
			const d = chord + r * Math.cos(half);
			const [x, y] = [cx + d * Math.cos(mid), cy + d * Math.sin(mid)];
			img.shape(arc(x, y, r, mid + Math.PI, half, w), color);
			img.mark('piece', { kind: 'arc', cx: x, cy: y, r, mid: mid + Math.PI, half });
		}
	}
}

export const drawRings = (img: Raster, rng: Rng, p: Placement) => drawRimPieces(img, rng, p, false);
export const drawStars = (img: Raster, rng: Rng, p: Placement) => drawRimPieces(img, rng, p, true);

/** Straight sticks meeting at corners: the same ink and extent as the arcs, without curvature. */
export function drawCorners(img: Raster, rng: Rng, p: Placement) {
	const { cx, cy, scale: s } = p;
	const color = jitter(rng, rng.pick(STROKE_COLORS));
	const w = rng.uniform(STROKE_WIDTH_RANGE.min, STROKE_WIDTH_RANGE.max) * s;
	let x = cx + rng.uniform(-8, 8);
	let y = cy + rng.uniform(-8, 8);
	let heading = rng.uniform(0, 2 * Math.PI);
	for (let i = rng.int(1, 4); i > 0; i--) {
		const len = rng.uniform(8, 20) * s;
		const nx = x + len * Math.cos(heading);
		const ny = y + len * Math.sin(heading);
		img.shape(segment(x, y, nx, ny, w), color);
		img.mark('stick', { kind: 'line', ax: x, ay: y, bx: nx, by: ny });
		[x, y] = [nx, ny];
		heading += rng.uniform(0.5, 2.2) * (rng.chance(0.5) ? 1 : -1);
	}
}
