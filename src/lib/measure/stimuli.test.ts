import { describe, expect, it } from 'vitest';
import { frequencyBoundary, type Boundary } from './boundary-stimuli';
import { IMAGE_SIZE } from '../world/scenes';

const CENTRE = { x: 0, y: 0 };
const grey = (rgb: Float32Array) => Float32Array.from({ length: rgb.length / 3 }, (_, p) => rgb[p * 3]);

/**
 * Mean and fine detail (mean squared difference between horizontal and vertical neighbours)
 * over the pixels `keep` admits.
 */
function stats(rgb: Float32Array, keep: (x: number, y: number) => boolean) {
	const g = grey(rgb);
	let [n, sum, detail] = [0, 0, 0];
	for (let y = 0; y < IMAGE_SIZE - 1; y++)
		for (let x = 0; x < IMAGE_SIZE - 1; x++) {
			if (!keep(x, y)) continue;
			const v = g[y * IMAGE_SIZE + x];
			n++;
			sum += v;
			detail += (v - g[y * IMAGE_SIZE + x + 1]) ** 2 + (v - g[(y + 1) * IMAGE_SIZE + x]) ** 2;
		}
	return { mean: sum / n, detail: detail / n };
}

// pixels well inside each half: right of the image (towards 0°) and left (towards 180°), in image coordinates
const right = (x: number) => x >= IMAGE_SIZE / 2 + 4;
const left = (x: number) => x < IMAGE_SIZE / 2 - 5;
const top = (_: number, y: number) => y < IMAGE_SIZE / 2 - 5;
const bottom = (_: number, y: number) => y >= IMAGE_SIZE / 2 + 4;

const boundary = (b: Partial<Boundary>) =>
	frequencyBoundary({ angle: 0, kind: 'high-low', blur: 2, seed: 21, ...b }, CENTRE);

describe('frequency boundaries: what the family is measured with, and what the widget shows', () => {
	it('blurs the side the angle points to (0° right, 90° up) and keeps the other sharp, with the same mean', () => {
		const at0 = boundary({ angle: 0 });
		expect(stats(at0, right).detail).toBeLessThan(0.2 * stats(at0, left).detail);
		expect(Math.abs(stats(at0, right).mean - stats(at0, left).mean)).toBeLessThan(0.03);
		const at90 = boundary({ angle: 90 });
		expect(stats(at90, top).detail).toBeLessThan(0.2 * stats(at90, bottom).detail);
	});

	it('keeps the contrast on the blurred side: only the frequency changes across the line', () => {
		const img = grey(boundary({ angle: 0, blur: 3 }));
		const sd = (keep: (x: number) => boolean) => {
			const values = Array.from(img).filter((_, p) => keep(p % IMAGE_SIZE));
			const m = values.reduce((a, b) => a + b, 0) / values.length;
			return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / values.length);
		};
		expect(sd(right) / sd(left)).toBeGreaterThan(0.7);
		expect(sd(right) / sd(left)).toBeLessThan(1.3);
	});

	it('is one texture throughout without blur, and the same boundary turned round when swapped', () => {
		expect(boundary({ blur: 0 })).toEqual(boundary({ blur: 0, angle: 123 }));
		const swapped = boundary({ kind: 'swapped', angle: 30 });
		const turned = boundary({ angle: 210 });
		expect(Math.max(...swapped.map((v, i) => Math.abs(v - turned[i])))).toBeLessThan(1e-6);
	});

	it('draws a plain edge as one texture, equally sharp, on both sides, darker or lighter on the angle’s side', () => {
		const dark = boundary({ kind: 'edge-dark', blur: 0 });
		expect(stats(dark, right).mean).toBeLessThan(stats(dark, left).mean - 0.1);
		expect(stats(dark, right).detail / stats(dark, left).detail).toBeGreaterThan(0.7);
		expect(stats(dark, right).detail / stats(dark, left).detail).toBeLessThan(1.3);
		const light = boundary({ kind: 'edge-light', blur: 0 });
		expect(stats(light, right).mean).toBeGreaterThan(stats(light, left).mean + 0.1);
		const strong = boundary({ kind: 'edge-dark', blur: 0, step: 2 });
		expect(stats(strong, left).mean - stats(strong, right).mean).toBeGreaterThan(
			1.5 * (stats(dark, left).mean - stats(dark, right).mean)
		);
	});

	it('is grey, in [0, 1], the same for the same settings, and different for another texture', () => {
		const img = boundary({});
		for (let p = 0; p < img.length; p += 3) {
			expect(img[p]).toBe(img[p + 1]);
			expect(img[p]).toBe(img[p + 2]);
		}
		expect(Math.min(...img)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...img)).toBeLessThanOrEqual(1);
		expect(boundary({})).toEqual(img);
		expect(boundary({ seed: 22 })).not.toEqual(img);
	});
});
