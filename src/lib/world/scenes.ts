// Whole training scenes: a background (often out of focus), clutter of straight and curved strokes,
// and one object of a class. The label names the class only: a dog is a dog whichever way it faces.
import { Raster, type Rgb } from './raster';
import { Rng } from './rng';
import { CLASS_KINDS, CLASSES, type ClassName } from './classes';
import { arc, segment } from './sdf';
import { jitter, mix, speckle, stripes, valueNoise } from './textures';
import { drawBall, drawCar, drawCorners, drawPolygon, drawRings, drawStars, STROKE_WIDTH_RANGE } from './objects';
import { drawCatHead, drawChimeraHead, drawDogHead, TRAINING_STYLE } from './heads';
import type { DrawingStyle, Placement } from './placement';
import type { DrawnPart } from './parts';

export const IMAGE_SIZE = 64;
export { CLASSES, type ClassName } from './classes';

const DRAW: Record<ClassName, (img: Raster, rng: Rng, p: Placement) => void> = {
	dog: drawDogHead,
	cat: drawCatHead,
	chimera: drawChimeraHead,
	car: drawCar,
	ball: drawBall,
	polygon: drawPolygon,
	rings: drawRings,
	stars: drawStars,
	corners: drawCorners
};

const GROUNDS: Rgb[] = [
	[0.45, 0.6, 0.3],
	[0.6, 0.75, 0.9],
	[0.75, 0.7, 0.6],
	[0.35, 0.35, 0.4],
	[0.85, 0.85, 0.82],
	[0.5, 0.42, 0.32]
];

/** Smooth two-colour noise, sometimes with sharp grass-like stripes on top. */
export function drawBackground(img: Raster, rng: Rng) {
	const a = jitter(rng, rng.pick(GROUNDS), 0.1);
	const b = jitter(rng, rng.pick(GROUNDS), 0.1);
	const noise = valueNoise(rng, rng.uniform(8, 24));
	img.fill((x, y) => mix(a, b, noise(x, y)));
	if (rng.chance(0.3)) {
		const texture = stripes(rng, mix(a, b, 0.5), rng.uniform(0, Math.PI), rng.uniform(1.5, 3), 0.5);
		const region = valueNoise(rng, 20);
		img.shape((x, y) => (0.5 - region(x, y)) * 30, texture);
	}
}

/** Fine, sharp, coloured texture laid over a (perhaps blurred) background: gravel, fabric, foliage. */
export function drawTexture(img: Raster, rng: Rng) {
	const colour = jitter(rng, rng.pick(GROUNDS), 0.2);
	const grain = speckle(rng, rng.uniform(1, 2.5));
	const amount = rng.uniform(0.15, 0.4);
	img.shape(
		() => -1,
		(x, y) => mix(colour, [grain(x, y), grain(x + 17, y), grain(x, y + 23)], 0.5),
		undefined,
		amount
	);
}

/** Strokes of every orientation, straight and curved, as branches, cables and rims. */
export function drawClutter(img: Raster, rng: Rng, count: number) {
	for (let i = 0; i < count; i++) {
		const color = jitter(
			rng,
			rng.pick(
				GROUNDS.concat([
					[0.1, 0.1, 0.1],
					[0.95, 0.95, 0.95]
				])
			),
			0.1
		);
		const w = rng.uniform(STROKE_WIDTH_RANGE.min, STROKE_WIDTH_RANGE.max);
		const x = rng.uniform(0, IMAGE_SIZE);
		const y = rng.uniform(0, IMAGE_SIZE);
		if (rng.chance(0.5)) {
			const a = rng.uniform(0, Math.PI);
			const len = rng.uniform(10, 40);
			const [ax, ay, bx, by] = [
				x - Math.cos(a) * len,
				y - Math.sin(a) * len,
				x + Math.cos(a) * len,
				y + Math.sin(a) * len
			];
			img.shape(segment(ax, ay, bx, by, w), color);
			img.mark('stroke', { kind: 'line', ax, ay, bx, by });
		} else {
			const r = rng.uniform(6, 30);
			const [mid, half] = [rng.uniform(0, 2 * Math.PI), rng.uniform(0.4, 1.6)];
			img.shape(arc(x, y, r, mid, half, w), color);
			img.mark('stroke', { kind: 'arc', cx: x, cy: y, r, mid, half });
		}
	}
}

export interface Scene {
	image: Float32Array;
	label: number;
	className: ClassName;
	facing: 1 | -1;
	/** whether the scene is drawn as its negative: light strokes on dark, dark on light */
	negative: boolean;
	/** where each stroke and boundary was drawn, in drawing order (a scene rendered with a record only) */
	parts?: DrawnPart[];
}

/** The share of scenes drawn as negatives, so that every kind of stroke comes in both polarities. */
export const NEGATIVE_SHARE = 0.5;

/**
 * One scene of the given class, fully determined by `seed`; heads drawn in `style`. With `record`, the scene
 * also lists where it drew each part (the pixels are the same either way).
 */
export function renderScene(
	seed: number,
	className: ClassName,
	style: DrawingStyle = TRAINING_STYLE,
	record = false
): Scene {
	const rng = new Rng(seed);
	const img = new Raster(IMAGE_SIZE, record);
	drawBackground(img, rng);
	img.owner = 'clutter';
	drawClutter(img, rng, rng.int(0, 5));
	// out of focus behind a sharp subject: the boundary between low and high frequencies
	if (rng.chance(0.65)) img.blur(rng.int(1, 3), 2);
	const facing: 1 | -1 = rng.chance(0.5) ? 1 : -1;
	// rings, stars and corners are told apart by the curvature of their strokes alone:
	// the background's strokes are out of focus
	const strokes = CLASS_KINDS[className] === 'strokes';
	if (strokes) img.blur(2, 2);
	// a sharp texture over the background, so a boundary is not always between ink and plain paper
	if (rng.chance(0.35)) drawTexture(img, rng);
	const placement: Placement = {
		cx: IMAGE_SIZE / 2 + rng.uniform(-8, 8),
		cy: IMAGE_SIZE / 2 + rng.uniform(-6, 6),
		scale: rng.uniform(0.75, 1.25),
		facing,
		style
	};
	img.owner = className;
	DRAW[className](img, rng, placement);
	if (rng.chance(0.1)) img.blur(1, 1);
	img.owner = 'clutter';
	if (rng.chance(0.3) && !strokes) drawClutter(img, rng, 1);
	img.clamp();
	const negative = rng.chance(NEGATIVE_SHARE);
	if (negative) img.invert();
	return {
		image: img.data,
		label: CLASSES.indexOf(className),
		className,
		facing,
		negative,
		...(img.parts ? { parts: img.parts } : {})
	};
}

/** The `index`-th scene of a split: classes in turn (of `classes`), each with its own seed. */
export function datasetScene(
	splitSeed: number,
	index: number,
	style: DrawingStyle = TRAINING_STYLE,
	classes: readonly ClassName[] = CLASSES,
	record = false
): Scene {
	return renderScene(sceneSeed(splitSeed, index), sceneClass(index, classes), style, record);
}

/** The class of a split's `index`-th scene: the classes take turns, so it follows from the index alone. */
export const sceneClass = (index: number, classes: readonly ClassName[] = CLASSES): ClassName =>
	classes[index % classes.length];

/** The seed of the `index`-th scene of a split. */
export const sceneSeed = (splitSeed: number, index: number) => (splitSeed * 1_000_003 + index * 7919) >>> 0;
