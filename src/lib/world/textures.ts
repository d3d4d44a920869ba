// Procedural textures: smooth value noise for out-of-focus surfaces, oriented stripes for fur.
import type { Rgb } from './raster';
import type { Rng } from './rng';

const smooth = (t: number) => t * t * (3 - 2 * t);

/** Value noise in [0, 1] with features about `cell` pixels across. */
export function valueNoise(rng: Rng, cell: number, extent = 64): (x: number, y: number) => number {
	const n = Math.ceil(extent / cell) + 2;
	const lattice = Float32Array.from({ length: n * n }, () => rng.next());
	const ox = rng.uniform(0, 1);
	const oy = rng.uniform(0, 1);
	return (x, y) => {
		const u = x / cell + ox;
		const v = y / cell + oy;
		const i = Math.max(0, Math.min(n - 2, Math.floor(u)));
		const j = Math.max(0, Math.min(n - 2, Math.floor(v)));
		const fx = smooth(Math.min(1, Math.max(0, u - i)));
		const fy = smooth(Math.min(1, Math.max(0, v - j)));
		const a = lattice[j * n + i] + (lattice[j * n + i + 1] - lattice[j * n + i]) * fx;
		const b = lattice[(j + 1) * n + i] + (lattice[(j + 1) * n + i + 1] - lattice[(j + 1) * n + i]) * fx;
		return a + (b - a) * fy;
	};
}

export const shade = (color: Rgb, k: number): Rgb => [color[0] * k, color[1] * k, color[2] * k];

export const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
	a[0] + (b[0] - a[0]) * t,
	a[1] + (b[1] - a[1]) * t,
	a[2] + (b[2] - a[2]) * t
];

/** Fine stripes at `angle` (radians) with a little wobble: fur, grass, tabby coats. */
export function stripes(rng: Rng, color: Rgb, angle: number, period: number, depth = 0.35) {
	const wobble = valueNoise(rng, 6);
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	return (x: number, y: number): Rgb => {
		const phase = ((x * c + y * s) / period) * 2 * Math.PI + 3 * wobble(x, y);
		return shade(color, 1 - depth / 2 + (depth / 2) * Math.sin(phase));
	};
}

/** Colour with a hue and brightness jitter, so no two objects share a palette exactly. */
export function jitter(rng: Rng, color: Rgb, amount = 0.08): Rgb {
	const k = rng.uniform(0.85, 1.15);
	return color.map((v) => Math.min(1, Math.max(0, v * k + rng.uniform(-amount, amount)))) as unknown as Rgb;
}

/** Independent grey grain per cell of `cell` pixels, in [0, 1]: sharp texture with no orientation. */
export function speckle(rng: Rng, cell: number, extent = 96): (x: number, y: number) => number {
	const n = Math.ceil(extent / cell) + 1;
	const grains = Float32Array.from({ length: n * n }, () => rng.next());
	return (x, y) => grains[Math.min(n - 1, Math.floor(y / cell)) * n + Math.min(n - 1, Math.floor(x / cell))];
}
