// The boundary stimuli of the high-low frequency family, as RGB images the trained network reads: the
// analysis's boundary of coarse against fine texture, and the widget's sharp against blurred texture
// (either way round) or a plain brightness edge.
import { Raster } from '../world/raster';
import { Rng } from '../world/rng';
import { speckle, valueNoise } from '../world/textures';
import { IMAGE_SIZE } from '../world/scenes';
import { toRadians } from '../world/geometry';

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
	return standardise(
		Float32Array.from(
			{ length: size * size },
			(_, i) => fine(i % size, Math.floor(i / size)) + 0.5 * grain(i % size, Math.floor(i / size))
		)
	);
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

/**
 * The texture of `seed`, sharp and blurred by `blur` (rescaled to the sharp one's mean and contrast),
 * kept for the last few.
 */
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
export function frequencyBoundary(
	{ angle, kind, blur, seed, step = 1 }: Boundary,
	shift: { x: number; y: number }
): Float32Array {
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
