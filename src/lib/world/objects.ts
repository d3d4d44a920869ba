// The world's objects, drawn by parts: dog and cat heads in profile, impossible "chimera" heads,
// cars, balls and polygons. `facing` is +1 for right, −1 for left.
import { Raster, type Rgb, type Bounds } from './raster';
import type { Rng } from './rng';
import { arc, box, circle, ellipse, polygon, segment } from './sdf';
import { jitter, mix, shade, stripes } from './textures';

export interface Placement {
	cx: number;
	cy: number;
	scale: number;
	facing: 1 | -1;
	/** how heads are drawn; the training world uses TRAINING_STYLE only */
	style?: DrawingStyle;
}

/**
 * Proportions and coats of the animals' heads. The training world draws one style; a second style,
 * never trained on, tells whether the network learned what a dog is or only how this world draws one.
 */
export interface DrawingStyle {
	name: string;
	/** snout length, head size and ear length, relative to the training style */
	snout: number;
	head: number;
	ear: number;
	dogCoats: Rgb[];
	catCoats: Rgb[];
}

const around = (cx: number, cy: number, r: number): Bounds => ({ x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r });

const DOG_COATS: Rgb[] = [
	[0.55, 0.36, 0.2],
	[0.8, 0.62, 0.38],
	[0.2, 0.16, 0.13],
	[0.9, 0.86, 0.78],
	[0.62, 0.5, 0.38]
];
const CAT_COATS: Rgb[] = [
	[0.55, 0.55, 0.57],
	[0.88, 0.55, 0.22],
	[0.15, 0.15, 0.16],
	[0.92, 0.9, 0.86],
	[0.7, 0.62, 0.5]
];
const DARK: Rgb = [0.08, 0.06, 0.06];

export const TRAINING_STYLE: DrawingStyle = {
	name: 'training',
	snout: 1,
	head: 1,
	ear: 1,
	dogCoats: DOG_COATS,
	catCoats: CAT_COATS
};

/** Long snouts, small heads, long ears, and coats of colours the training world never paints. */
export const HELDOUT_STYLE: DrawingStyle = {
	name: 'held-out',
	snout: 1.35,
	head: 0.85,
	ear: 1.3,
	dogCoats: [
		[0.45, 0.5, 0.62],
		[0.7, 0.45, 0.5],
		[0.55, 0.6, 0.35]
	],
	catCoats: [
		[0.4, 0.5, 0.65],
		[0.75, 0.6, 0.7],
		[0.5, 0.62, 0.45]
	]
};

/** What a head is made of; the chimera class moves these parts to places no real head has them. */
export interface HeadParts {
	/** sides (relative to facing) that carry a snout: [1] for a normal head, [1, -1] for two snouts */
	snouts: (1 | -1)[];
	/** side of the head the eye sits on: 1 towards the snout (normal), −1 at the back */
	eyeSide: 1 | -1;
	/** side the ear hangs on: −1 at the back (normal), 1 over the snout */
	earSide: 1 | -1;
	/** side the neck leaves from: −1 behind (normal), 1 under the snout */
	neckSide: 1 | -1;
}

export const NORMAL_HEAD: HeadParts = { snouts: [1], eyeSide: 1, earSide: -1, neckSide: -1 };

export function drawDogHead(img: Raster, rng: Rng, p: Placement, parts: HeadParts = NORMAL_HEAD) {
	const { cx, cy, scale: s, facing: f, style = TRAINING_STYLE } = p;
	const coat = jitter(rng, rng.pick(style.dogCoats));
	const furAngle = rng.uniform(-0.4, 0.4);
	const fur = stripes(rng, coat, furAngle + Math.PI / 2, rng.uniform(1.6, 2.6), 0.4);
	const neckFur = stripes(rng, coat, -f * parts.neckSide * 0.6, rng.uniform(1.6, 2.4), 0.45);
	const muzzle = rng.chance(0.5) ? mix(coat, [0.95, 0.9, 0.82], 0.5) : shade(coat, 0.9);
	const earColor = shade(coat, rng.uniform(0.55, 0.8));
	const headR = 9 * s * style.head;
	const n = parts.neckSide * f;
	img.shape(
		box(cx + n * 9 * s, cy + 11 * s, 8 * s, 9 * s, 3 * s, n * -0.45),
		neckFur,
		around(cx + n * 9 * s, cy + 11 * s, 15 * s)
	);
	img.shape(circle(cx, cy, headR), fur, around(cx, cy, headR + 1));
	for (const side of parts.snouts) {
		const d = side * f;
		// the snout grows forwards from the head: its far end moves with the style's snout length
		const half = 7.5 * s * style.snout;
		const mid = headR + half - 7.5 * s;
		img.shape(
			box(cx + d * mid, cy + 3 * s, half, 4.2 * s, 3.5 * s),
			muzzle,
			around(cx + d * mid, cy + 3 * s, half + 2 * s)
		);
		const nose = mid + half - 0.5 * s;
		img.shape(circle(cx + d * nose, cy + 1.5 * s, 2.3 * s), DARK, around(cx + d * nose, cy + 1.5 * s, 3 * s));
		img.shape(segment(cx + d * 6 * s, cy + 6.5 * s, cx + d * (nose - 3 * s), cy + 6 * s, 0.9 * s), shade(muzzle, 0.45));
	}
	const eye = parts.eyeSide * f;
	img.shape(circle(cx + eye * 3.5 * s, cy - 3 * s, 1.7 * s), DARK, around(cx + eye * 3.5 * s, cy - 3 * s, 2.5 * s));
	const ear = parts.earSide * f;
	const earLength = 8.5 * s * style.ear;
	img.shape(
		ellipse(cx + ear * 4.5 * s, cy + s + earLength - 8.5 * s, 3.6 * s, earLength, ear * -0.3),
		earColor,
		around(cx + ear * 4.5 * s, cy + s + earLength - 8.5 * s, earLength + 2 * s)
	);
}

export function drawCatHead(img: Raster, rng: Rng, p: Placement) {
	const { cx, cy, scale: s, facing: f, style = TRAINING_STYLE } = p;
	const coat = jitter(rng, rng.pick(style.catCoats));
	const fur = stripes(rng, coat, rng.uniform(0, Math.PI), rng.uniform(2.5, 4.5), rng.uniform(0.2, 0.55));
	img.shape(
		box(cx - f * 7 * s, cy + 11 * s, 6 * s, 9 * s, 3 * s, f * 0.35),
		fur,
		around(cx - f * 7 * s, cy + 11 * s, 14 * s)
	);
	const earTip = 16 * s * style.ear;
	img.shape(
		polygon([
			[cx - f * 3 * s, cy - 5 * s],
			[cx + f * 4.5 * s, cy - 6.5 * s],
			[cx - f * 0.5 * s, cy - earTip]
		]),
		fur
	);
	img.shape(circle(cx, cy, 8.5 * s * style.head), fur, around(cx, cy, 10 * s));
	const muzzle = 7 * s * style.snout;
	img.shape(
		circle(cx + f * muzzle, cy + 2.5 * s, 3.6 * s),
		shade(coat, 1.08),
		around(cx + f * muzzle, cy + 2.5 * s, 5 * s)
	);
	img.shape(circle(cx + f * (muzzle + 3.3 * s), cy + 1.2 * s, 1.2 * s), [0.85, 0.45, 0.5]);
	img.shape(ellipse(cx + f * 3.5 * s, cy - 2 * s, 2.2 * s, 1.5 * s), [0.75, 0.72, 0.2]);
	img.shape(ellipse(cx + f * 3.5 * s, cy - 2 * s, 0.5 * s, 1.4 * s), DARK);
	for (const dy of [-1, 0.5, 2])
		img.shape(
			segment(cx + f * (muzzle + 2 * s), cy + 3 * s, cx + f * (muzzle + 10 * s), cy + (3 + dy * 1.8) * s, 0.5),
			[0.95, 0.95, 0.95],
			undefined,
			0.8
		);
}

/** A head with a dog's parts put together wrongly: a snout either side, or eye, ear and neck on the wrong sides. */
export function drawChimeraHead(img: Raster, rng: Rng, p: Placement) {
	const variants: HeadParts[] = [
		{ snouts: [1, -1], eyeSide: 1, earSide: -1, neckSide: -1 },
		{ snouts: [1, -1], eyeSide: -1, earSide: -1, neckSide: 1 },
		{ snouts: [1], eyeSide: -1, earSide: 1, neckSide: -1 },
		{ snouts: [1], eyeSide: -1, earSide: 1, neckSide: 1 },
		{ snouts: [1], eyeSide: 1, earSide: 1, neckSide: 1 }
	];
	drawDogHead(img, rng, p, rng.pick(variants));
}

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
	const cabin = polygon([
		[cx - f * 12 * s, cy - 3.5 * s],
		[cx - f * 8 * s, cy - 11 * s],
		[cx + f * 5 * s, cy - 11 * s],
		[cx + f * 10 * s, cy - 3.5 * s]
	]);
	img.shape(cabin, paint);
	img.shape(
		polygon([
			[cx - f * 10 * s, cy - 4.5 * s],
			[cx - f * 7.2 * s, cy - 9.5 * s],
			[cx + f * 4.4 * s, cy - 9.5 * s],
			[cx + f * 8 * s, cy - 4.5 * s]
		]),
		glass
	);
	img.shape(segment(cx - f * 1.5 * s, cy - 10 * s, cx - f * 1.5 * s, cy - 4 * s, 1.2 * s), paint);
	img.shape(circle(cx + f * 19.5 * s, cy, 1.6 * s), [1, 0.95, 0.6]);
	for (const wx of [-12, 12]) {
		img.shape(circle(cx + wx * s, cy + 8 * s, 4.8 * s), [0.07, 0.07, 0.08], around(cx + wx * s, cy + 8 * s, 6 * s));
		img.shape(circle(cx + wx * s, cy + 8 * s, 2 * s), [0.7, 0.7, 0.72], around(cx + wx * s, cy + 8 * s, 3 * s));
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
	const seam = shade(color, rng.chance(0.5) ? 0.45 : 1.6);
	const turn = rng.uniform(0, 2 * Math.PI);
	for (const side of rng.chance(0.5) ? [1] : [1, -1]) {
		const d = r * 1.25;
		const ax = cx + side * d * Math.cos(turn);
		const ay = cy + side * d * Math.sin(turn);
		const clipped = (x: number, y: number) =>
			Math.max(arc(ax, ay, r * 0.9, turn + (side > 0 ? Math.PI : 0), 0.9, 1.3 * s)(x, y), circle(cx, cy, r - 1)(x, y));
		img.shape(clipped, seam, around(cx, cy, r));
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
	if (rng.chance(0.5)) {
		const inner = points.map(([x, y]): [number, number] => [cx + (x - cx) * 0.55, cy + (y - cy) * 0.55]);
		img.shape(polygon(inner), shade(color, rng.chance(0.5) ? 0.6 : 1.4), around(cx, cy, r));
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
		if (!inward) img.shape(arc(cx, cy, r, mid, half, w), color);
		else {
			// the arc reflected across its chord: a circle of the same radius beyond the chord, with the
			// chord a little further out than a ring's, so that neither size nor curvature tells them apart
			const chord = r * Math.cos(half) * rng.uniform(1.1, 1.5);
			const d = chord + r * Math.cos(half);
			img.shape(arc(cx + d * Math.cos(mid), cy + d * Math.sin(mid), r, mid + Math.PI, half, w), color);
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
		[x, y] = [nx, ny];
		heading += rng.uniform(0.5, 2.2) * (rng.chance(0.5) ? 1 : -1);
	}
}
