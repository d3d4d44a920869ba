// The analysis's own synthetic stimuli, as RGB images the trained network reads: curves and lines,
// high-low frequency boundaries, and dog heads facing either way.
import { renderCurve, type CurveStimulus } from '../world/stimuli';
import { Raster } from '../world/raster';
import { Rng } from '../world/rng';
import { valueNoise } from '../world/textures';
import { drawBackground, IMAGE_SIZE } from '../world/scenes';
import { drawDogHead } from '../world/objects';
import { toRadians } from '../world/geometry';

/** Dark ink on light paper, like the synthetic curves of the Circuits thread. */
export function inkOnPaper(ink: Float32Array): Float32Array {
	const rgb = new Float32Array(ink.length * 3);
	for (let i = 0; i < ink.length; i++) rgb.fill(0.95 - 0.85 * ink[i], i * 3, i * 3 + 3);
	return rgb;
}

export const analysisCurve = (angle: number, radius: number, shift: { x: number; y: number }): Float32Array =>
	inkOnPaper(renderCurve({ angle, radius, length: 34, width: 2.5 } satisfies CurveStimulus, IMAGE_SIZE, shift));

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

/**
 * A dog head from seeds the training never drew, centred in the image on a world background, and its
 * mirror image: the same head facing right and facing left.
 */
export function headPair(seed: number): { right: Float32Array; left: Float32Array } {
	const rng = new Rng(seed);
	const right = new Raster(IMAGE_SIZE);
	drawBackground(right, rng);
	if (rng.chance(0.65)) right.blur(rng.int(1, 3), 2);
	drawDogHead(right, rng, { cx: IMAGE_SIZE / 2, cy: IMAGE_SIZE / 2, scale: rng.uniform(0.8, 1.2), facing: 1 });
	right.clamp();
	const left = new Raster(IMAGE_SIZE);
	left.data.set(right.data);
	left.flipHorizontal();
	return { right: right.data, left: left.data };
}

/** Seeds for analysis scenes, far from the training and held-out splits' seeds. */
export const analysisSeed = (index: number) => (0x5eed0000 + index * 104729) >>> 0;
