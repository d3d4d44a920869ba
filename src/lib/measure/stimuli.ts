// The measuring stimuli, as RGB images the trained network reads: curves and lines under named viewing
// conditions, high-low frequency boundaries, and dog heads facing either way (and both at once).
import { renderCurve, type CurveStimulus } from '../world/stimuli';
import { Raster, type Rgb } from '../world/raster';
import { Rng } from '../world/rng';
import { mix, speckle, valueNoise } from '../world/textures';
import { drawBackground, IMAGE_SIZE } from '../world/scenes';
import { drawDogHead, NORMAL_HEAD, TRAINING_STYLE, type DrawingStyle, type HeadParts } from '../world/objects';
import { toRadians } from '../world/geometry';

/** How a curve is shown: ink polarity, what is behind it, how it is drawn, and where. */
export interface CurveCondition {
	name: string;
	/** dark ink on a light ground, or light ink on a dark ground */
	polarity: 'dark' | 'light';
	/** plain paper, or a coloured texture */
	background: 'plain' | 'textured';
	/** stroke width and arc length, pixels */
	width: number;
	length: number;
	/** the stimulus moved off the read cell's centre, pixels (x right, y up) */
	offset: { x: number; y: number };
}

/**
 * The one condition families are chosen on: dark ink on plain paper, centred on the read cell, as the
 * Circuits thread's synthetic curves. Every figure the atlas reports is measured on the others.
 */
export const SELECTION: CurveCondition = { name: 'selection', polarity: 'dark', background: 'plain', width: 2.5, length: 34, offset: { x: 0, y: 0 } };

const OFFSETS = [
	{ x: 2, y: 0 },
	{ x: 0, y: 2 },
	{ x: -2, y: 0 },
	{ x: 0, y: -2 }
];

/** Strokes of the evaluation: a thin short arc and a thick long one (the selection's is between). */
const STROKES = [
	{ width: 1.5, length: 26 },
	{ width: 3.5, length: 42 }
];

/**
 * The evaluation conditions: both polarities, plain and textured grounds, thin short and thick long
 * strokes, each centred on the read cell and moved 2 px off it.
 */
export const EVALUATION: CurveCondition[] = (['dark', 'light'] as const).flatMap((polarity, p) =>
	(['plain', 'textured'] as const).flatMap((background, b) =>
		STROKES.flatMap(({ width, length }, s) =>
			[false, true].map((moved): CurveCondition => {
				const i = [polarity, background, width, length].join('/');
				const offset = moved ? OFFSETS[(p + b * 2 + s) % OFFSETS.length] : { x: 0, y: 0 };
				return { name: `${i}${moved ? `/moved ${offset.x},${offset.y}` : ''}`, polarity, background, width, length, offset };
			})
		)
	)
);

const PAPER: Record<CurveCondition['polarity'], { ink: Rgb; ground: Rgb }> = {
	dark: { ink: [0.1, 0.1, 0.1], ground: [0.95, 0.95, 0.95] },
	light: { ink: [0.95, 0.95, 0.95], ground: [0.1, 0.1, 0.1] }
};

/** Coloured grounds for textured conditions: light ones behind dark ink, dark ones behind light ink. */
const TEXTURE_COLOURS: Record<CurveCondition['polarity'], Rgb[]> = {
	dark: [
		[0.85, 0.7, 0.55],
		[0.6, 0.8, 0.65],
		[0.7, 0.75, 0.9]
	],
	light: [
		[0.35, 0.2, 0.15],
		[0.15, 0.3, 0.25],
		[0.2, 0.2, 0.4]
	]
};

/**
 * A coloured ground with two sharp textures the training world does not draw (a woven grating and
 * fine grain), the same for every angle of one condition.
 */
function texturedGround(condition: CurveCondition): Float32Array {
	const seed = [...condition.name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
	const rng = new Rng(seed);
	const colours = TEXTURE_COLOURS[condition.polarity];
	const base = colours[rng.int(0, colours.length)];
	const other = colours[rng.int(0, colours.length)];
	const blend = valueNoise(rng, 12);
	const grain = speckle(rng, 1);
	const a = rng.uniform(0, Math.PI);
	const period = rng.uniform(3, 5);
	const img = new Raster(IMAGE_SIZE);
	img.fill((x, y) => {
		const weave = 0.5 + 0.5 * Math.sin(((x * Math.cos(a) + y * Math.sin(a)) / period) * 2 * Math.PI) * Math.sin(((-x * Math.sin(a) + y * Math.cos(a)) / period) * 2 * Math.PI);
		const colour = mix(base, other, blend(x, y));
		const k = 1 + 0.18 * (weave - 0.5) + 0.16 * (grain(x, y) - 0.5);
		return [colour[0] * k, colour[1] * k, colour[2] * k];
	});
	img.clamp();
	return img.data;
}

const grounds = new Map<string, Float32Array>();

function groundOf(condition: CurveCondition): Float32Array {
	const key = condition.background === 'plain' ? condition.polarity : condition.name.replace(/\/moved.*$/, '');
	let ground = grounds.get(key);
	if (!ground) {
		ground = condition.background === 'plain' ? new Float32Array(IMAGE_SIZE * IMAGE_SIZE * 3).map((_, i) => PAPER[condition.polarity].ground[i % 3]) : texturedGround(condition);
		grounds.set(key, ground);
	}
	return ground;
}

/**
 * A curve of `radius` opening towards `angle` under `condition`, centred at `shift` (the read cell's
 * centre relative to the image centre) plus the condition's offset. An infinite radius draws a line.
 */
export function conditionCurve(angle: number, radius: number, shift: { x: number; y: number }, condition: CurveCondition = SELECTION): Float32Array {
	const curve: CurveStimulus = { angle, radius, length: condition.length, width: condition.width };
	return onPaper(renderCurve(curve, IMAGE_SIZE, { x: shift.x + condition.offset.x, y: shift.y + condition.offset.y }), condition);
}

/** Ink coverage (0 blank … 1 ink, IMAGE_SIZE² values) laid on the condition's ground in its ink colour, as RGB. */
export function onPaper(ink: Float32Array, condition: CurveCondition): Float32Array {
	const ground = groundOf(condition);
	const colour = PAPER[condition.polarity].ink;
	const rgb = new Float32Array(ink.length * 3);
	for (let p = 0; p < ink.length; p++) for (let c = 0; c < 3; c++) rgb[p * 3 + c] = ground[p * 3 + c] + (colour[c] - ground[p * 3 + c]) * ink[p];
	return rgb;
}

/**
 * A boundary through `shift` at `angle`: smooth (low-frequency) grey texture on the side the angle
 * points to, fine (high-frequency) texture on the other, both with the same mean and contrast.
 */
export function highLowBoundary(angle: number, seed: number, shift: { x: number; y: number }): Float32Array {
	const rng = new Rng(seed);
	const low = valueNoise(rng, 9);
	const high = valueNoise(rng, 1.2);
	const nx = Math.cos(toRadians(angle));
	const ny = Math.sin(toRadians(angle));
	const img = new Raster(IMAGE_SIZE);
	img.fill((x, y) => {
		const u = x - IMAGE_SIZE / 2 - shift.x;
		const v = IMAGE_SIZE / 2 - y - shift.y;
		const side = u * nx + v * ny;
		const t = Math.min(1, Math.max(0, 0.5 + side));
		const value = 0.5 + 0.7 * ((low(x, y) - 0.5) * t + (high(x, y) - 0.5) * (1 - t));
		return [value, value, value];
	});
	img.clamp();
	return img.data;
}

/** What a head looks like to the analysis: facing right, its mirror image facing left, and a chimera. */
export interface HeadSet {
	right: Float32Array;
	left: Float32Array;
	/** the same head with a snout at each end: the parts of both facings at once */
	chimera: Float32Array;
}

/** A head with the parts of both facings: a snout on either side, the rest as a right-facing head. */
export const BOTH_WAYS: HeadParts = { ...NORMAL_HEAD, snouts: [1, -1] };

function drawHead(seed: number, style: DrawingStyle, parts: HeadParts): Raster {
	const rng = new Rng(seed);
	const img = new Raster(IMAGE_SIZE);
	drawBackground(img, rng);
	if (rng.chance(0.65)) img.blur(rng.int(1, 3), 2);
	drawDogHead(img, rng, { cx: IMAGE_SIZE / 2, cy: IMAGE_SIZE / 2, scale: rng.uniform(0.8, 1.2), facing: 1, style }, parts);
	img.clamp();
	return img;
}

/**
 * A dog head from a seed the training never drew, centred in the image on a world background; its
 * mirror image; and the same head as a chimera. The same seed draws the same coat and background.
 */
export function headSet(seed: number, style: DrawingStyle = TRAINING_STYLE): HeadSet {
	return { ...headPair(seed, style), chimera: drawHead(seed, style, BOTH_WAYS).data };
}

/** The head facing right and its mirror image facing left, without the chimera. */
export function headPair(seed: number, style: DrawingStyle = TRAINING_STYLE): Omit<HeadSet, 'chimera'> {
	const right = drawHead(seed, style, NORMAL_HEAD);
	const left = new Raster(IMAGE_SIZE);
	left.data.set(right.data);
	left.flipHorizontal();
	return { right: right.data, left: left.data };
}

/** Seeds for analysis scenes, far from the training and held-out splits' seeds. */
export const analysisSeed = (index: number) => (0x5eed0000 + index * 104729) >>> 0;

/** What a frequency boundary shows: sharp against blurred texture, either way round, or a plain brightness edge. */
export const BOUNDARY_KINDS = ['high-low', 'swapped', 'edge-dark', 'edge-light'] as const;
export type BoundaryKind = (typeof BOUNDARY_KINDS)[number];

export interface Boundary {
	/** degrees: the high-low boundary's blurred side lies this way from the line (the family's convention) */
	angle: number;
	kind: BoundaryKind;
	/** standard deviation of the Gaussian blur, pixels (0: no blur) */
	blur: number;
	/** which texture */
	seed: number;
	/** a plain edge's brightness difference across the line, in units of the texture's contrast (default 1) */
	step?: number;
}

/** Sharp grey texture: fine value noise and grain, scaled to mean 0 and standard deviation 1. */
function sharpTexture(seed: number, size: number): Float32Array {
	const rng = new Rng(seed);
	const fine = valueNoise(rng, 1.5, size);
	const grain = speckle(rng, 1, size);
	return standardise(Float32Array.from({ length: size * size }, (_, i) => fine(i % size, Math.floor(i / size)) + 0.5 * grain(i % size, Math.floor(i / size))));
}

function standardise(values: Float32Array): Float32Array {
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) || 1;
	return values.map((v) => (v - mean) / sd);
}

/** A Gaussian blur of a square grey image, separable, with the edges clamped. */
function gaussianBlur(values: Float32Array, size: number, sigma: number): Float32Array {
	if (sigma <= 0) return values;
	const reach = Math.ceil(3 * sigma);
	const weights = Array.from({ length: 2 * reach + 1 }, (_, k) => Math.exp(-((k - reach) ** 2) / (2 * sigma * sigma)));
	const total = weights.reduce((a, b) => a + b, 0);
	const pass = (src: Float32Array, horizontal: boolean) => {
		const out = new Float32Array(src.length);
		for (let line = 0; line < size; line++)
			for (let k = 0; k < size; k++) {
				let sum = 0;
				for (let d = -reach; d <= reach; d++) {
					const j = Math.min(size - 1, Math.max(0, k + d));
					sum += weights[d + reach] * (horizontal ? src[line * size + j] : src[j * size + line]);
				}
				out[horizontal ? line * size + k : k * size + line] = sum / total;
			}
		return out;
	};
	return pass(pass(values, true), false);
}

/** Texture drawn beyond the image on every side, so that the blur near the border sees texture, not a clamped edge. */
const MARGIN = 16;
/** Grey level and texture contrast (standard deviation) of a boundary. */
const GREY = 0.5;
const CONTRAST = 0.14;

const textures = new Map<string, { sharp: Float32Array; blurred: Float32Array }>();

/** The texture of `seed`, sharp and blurred by `blur` (rescaled to the sharp one's mean and contrast), kept for the last few. */
function texturePair(seed: number, blur: number) {
	const key = `${seed}/${blur}`;
	let pair = textures.get(key);
	if (!pair) {
		const size = IMAGE_SIZE + 2 * MARGIN;
		const sharp = sharpTexture(seed, size);
		pair = { sharp, blurred: blur > 0 ? standardise(gaussianBlur(sharp, size, blur)) : sharp };
		textures.set(key, pair);
		if (textures.size > 16) textures.delete(textures.keys().next().value!);
	}
	return pair;
}

/**
 * A boundary through `shift` (the read cell's centre relative to the image centre, y up). High-low: the
 * texture blurred on the side `angle` points to and sharp on the other, both with the same mean and
 * contrast, so that only frequency changes across the line; swapped: the same turned 180°; a plain edge:
 * the same texture, equally blurred, on both sides, with the side `angle` points to darker (edge-dark) or
 * lighter (edge-light) by `step` times the texture's contrast. With no blur a high-low boundary is no
 * boundary at all: one texture throughout.
 */
export function frequencyBoundary({ angle, kind, blur, seed, step = 1 }: Boundary, shift: { x: number; y: number }): Float32Array {
	const { sharp, blurred } = texturePair(seed, blur);
	const towards = kind === 'swapped' ? angle + 180 : angle;
	const nx = Math.cos(toRadians(towards));
	const ny = Math.sin(toRadians(towards));
	const size = IMAGE_SIZE + 2 * MARGIN;
	const rgb = new Float32Array(IMAGE_SIZE * IMAGE_SIZE * 3);
	for (let y = 0; y < IMAGE_SIZE; y++)
		for (let x = 0; x < IMAGE_SIZE; x++) {
			const u = x + 0.5 - IMAGE_SIZE / 2 - shift.x;
			const v = IMAGE_SIZE / 2 - (y + 0.5) - shift.y;
			// share of the pixel on the side the angle points to, anti-aliased over a pixel
			const t = Math.min(1, Math.max(0, 0.5 + u * nx + v * ny));
			const i = (y + MARGIN) * size + x + MARGIN;
			let value: number;
			if (kind === 'high-low' || kind === 'swapped') value = GREY + CONTRAST * (blurred[i] * t + sharp[i] * (1 - t));
			else value = GREY + CONTRAST * (blurred[i] + (step / 2) * (kind === 'edge-dark' ? 1 - 2 * t : 2 * t - 1));
			const clamped = Math.min(1, Math.max(0, value));
			const p = (y * IMAGE_SIZE + x) * 3;
			rgb[p] = rgb[p + 1] = rgb[p + 2] = clamped;
		}
	return rgb;
}
