// The world's animals: dog and cat heads in profile, drawn by parts, and impossible "chimera" heads whose
// dog parts are put together wrongly; the style they are drawn in for training, and a held-out one.
import type { Raster, Rgb } from './raster';
import type { Rng } from './rng';
import { box, circle, ellipse, polygon, segment } from './sdf';
import { jitter, mix, shade, stripes } from './textures';
import { around, type DrawingStyle, type Placement } from './placement';
import { boxParts, centroid, circlePart, polygonParts } from './parts';

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
	img.mark('neck', boxParts(cx + n * 9 * s, cy + 11 * s, 8 * s, 9 * s, 3 * s, n * -0.45), {
		x: cx + n * 9 * s,
		y: cy + 11 * s
	});
	img.shape(circle(cx, cy, headR), fur, around(cx, cy, headR + 1));
	img.mark('head', circlePart(cx, cy, headR), { x: cx, y: cy });
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
		img.mark('snout', boxParts(cx + d * mid, cy + 3 * s, half, 4.2 * s, 3.5 * s), { x: cx + d * mid, y: cy + 3 * s });
		const nose = mid + half - 0.5 * s;
		img.shape(circle(cx + d * nose, cy + 1.5 * s, 2.3 * s), DARK, around(cx + d * nose, cy + 1.5 * s, 3 * s));
		img.mark('nose', circlePart(cx + d * nose, cy + 1.5 * s, 2.3 * s), { x: cx + d * nose, y: cy + 1.5 * s });
		img.shape(segment(cx + d * 6 * s, cy + 6.5 * s, cx + d * (nose - 3 * s), cy + 6 * s, 0.9 * s), shade(muzzle, 0.45));
		img.mark('mouth', {
			kind: 'line',
			ax: cx + d * 6 * s,
			ay: cy + 6.5 * s,
			bx: cx + d * (nose - 3 * s),
			by: cy + 6 * s
		});
	}
	const eye = parts.eyeSide * f;
	img.shape(circle(cx + eye * 3.5 * s, cy - 3 * s, 1.7 * s), DARK, around(cx + eye * 3.5 * s, cy - 3 * s, 2.5 * s));
	img.mark('eye', circlePart(cx + eye * 3.5 * s, cy - 3 * s, 1.7 * s), { x: cx + eye * 3.5 * s, y: cy - 3 * s });
	const ear = parts.earSide * f;
	const earLength = 8.5 * s * style.ear;
	const earCentre = { x: cx + ear * 4.5 * s, y: cy + s + earLength - 8.5 * s };
	img.shape(
		ellipse(earCentre.x, earCentre.y, 3.6 * s, earLength, ear * -0.3),
		earColor,
		around(earCentre.x, earCentre.y, earLength + 2 * s)
	);
	img.mark(
		'ear',
		{ kind: 'ellipse', cx: earCentre.x, cy: earCentre.y, rx: 3.6 * s, ry: earLength, angle: ear * -0.3 },
		earCentre
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
	img.mark('neck', boxParts(cx - f * 7 * s, cy + 11 * s, 6 * s, 9 * s, 3 * s, f * 0.35), {
		x: cx - f * 7 * s,
		y: cy + 11 * s
	});
	const earTip = 16 * s * style.ear;
	const earCorners: [number, number][] = [
		[cx - f * 3 * s, cy - 5 * s],
		[cx + f * 4.5 * s, cy - 6.5 * s],
		[cx - f * 0.5 * s, cy - earTip]
	];
	img.shape(polygon(earCorners), fur);
	img.mark('ear', polygonParts(earCorners), centroid(earCorners));
	img.shape(circle(cx, cy, 8.5 * s * style.head), fur, around(cx, cy, 10 * s));
	img.mark('head', circlePart(cx, cy, 8.5 * s * style.head), { x: cx, y: cy });
	const muzzle = 7 * s * style.snout;
	img.shape(
		circle(cx + f * muzzle, cy + 2.5 * s, 3.6 * s),
		shade(coat, 1.08),
		around(cx + f * muzzle, cy + 2.5 * s, 5 * s)
	);
	img.mark('muzzle', circlePart(cx + f * muzzle, cy + 2.5 * s, 3.6 * s), { x: cx + f * muzzle, y: cy + 2.5 * s });
	img.shape(circle(cx + f * (muzzle + 3.3 * s), cy + 1.2 * s, 1.2 * s), [0.85, 0.45, 0.5]);
	img.mark('nose', circlePart(cx + f * (muzzle + 3.3 * s), cy + 1.2 * s, 1.2 * s), {
		x: cx + f * (muzzle + 3.3 * s),
		y: cy + 1.2 * s
	});
	img.shape(ellipse(cx + f * 3.5 * s, cy - 2 * s, 2.2 * s, 1.5 * s), [0.75, 0.72, 0.2]);
	img.shape(ellipse(cx + f * 3.5 * s, cy - 2 * s, 0.5 * s, 1.4 * s), DARK);
	img.mark(
		'eye',
		{ kind: 'ellipse', cx: cx + f * 3.5 * s, cy: cy - 2 * s, rx: 2.2 * s, ry: 1.5 * s, angle: 0 },
		{ x: cx + f * 3.5 * s, y: cy - 2 * s }
	);
	for (const dy of [-1, 0.5, 2]) {
		const [ax, ay, bx, by] = [
			cx + f * (muzzle + 2 * s),
			cy + 3 * s,
			cx + f * (muzzle + 10 * s),
			cy + (3 + dy * 1.8) * s
		];
		img.shape(segment(ax, ay, bx, by, 0.5), [0.95, 0.95, 0.95], undefined, 0.8);
		img.mark('whisker', { kind: 'line', ax, ay, bx, by });
	}
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
