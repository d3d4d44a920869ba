// The analysis's own synthetic stimuli, as RGB images the trained network reads: curves and lines,
// high-low frequency boundaries, and dog heads facing either way.
import { renderCurve, type CurveStimulus } from '../world/stimuli';
import { Raster } from '../world/raster';
import { Rng } from '../world/rng';
import { valueNoise } from '../world/textures';
import { renderScene, IMAGE_SIZE } from '../world/scenes';
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

/** A dog scene from the held-out range and its mirror image: the same head facing right and left. */
export function headPair(seed: number): { right: Float32Array; left: Float32Array } {
	const scene = renderScene(seed, 'dog');
	const img = new Raster(IMAGE_SIZE);
	img.data.set(scene.image);
	const mirrored = new Raster(IMAGE_SIZE);
	mirrored.data.set(scene.image);
	mirrored.flipHorizontal();
	return scene.facing === 1 ? { right: img.data, left: mirrored.data } : { right: mirrored.data, left: img.data };
}

/** Seeds for analysis scenes, far from the training and held-out splits' seeds. */
export const analysisSeed = (index: number) => (0x5eed0000 + index * 104729) >>> 0;
