// Signed distance functions for the world's shapes, in image coordinates (x right, y down).
import type { Sdf } from './raster';

export const circle =
	(cx: number, cy: number, r: number): Sdf =>
	(x, y) =>
		Math.hypot(x - cx, y - cy) - r;

export const ellipse = (cx: number, cy: number, rx: number, ry: number, angle = 0): Sdf => {
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	return (x, y) => {
		const dx = x - cx;
		const dy = y - cy;
		const u = (dx * c + dy * s) / rx;
		const v = (-dx * s + dy * c) / ry;
		// a distance estimate good enough for one pixel of anti-aliasing
		return (Math.hypot(u, v) - 1) * Math.min(rx, ry);
	};
};

/** A rectangle centred at (cx, cy), half-sizes hw × hh, rounded by `r`, turned by `angle` radians. */
export const box = (cx: number, cy: number, hw: number, hh: number, r = 0, angle = 0): Sdf => {
	const c = Math.cos(angle);
	const s = Math.sin(angle);
	return (x, y) => {
		const dx = x - cx;
		const dy = y - cy;
		const qx = Math.abs(dx * c + dy * s) - (hw - r);
		const qy = Math.abs(-dx * s + dy * c) - (hh - r);
		return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
	};
};

/** A stroke of width `w` from (ax, ay) to (bx, by), with round caps. */
export const segment = (ax: number, ay: number, bx: number, by: number, w: number): Sdf => {
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy || 1;
	return (x, y) => {
		const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
		return Math.hypot(x - ax - t * dx, y - ay - t * dy) - w / 2;
	};
};

/** A stroke of width `w` along a circle's arc, centred on angle `mid` (radians), spanning ±`half`. */
export const arc = (cx: number, cy: number, r: number, mid: number, half: number, w: number): Sdf => {
	const ends = [mid - half, mid + half].map((a) => [cx + r * Math.cos(a), cy + r * Math.sin(a)]);
	return (x, y) => {
		const a = Math.atan2(y - cy, x - cx);
		const d = Math.atan2(Math.sin(a - mid), Math.cos(a - mid));
		if (Math.abs(d) <= half) return Math.abs(Math.hypot(x - cx, y - cy) - r) - w / 2;
		return Math.min(...ends.map(([ex, ey]) => Math.hypot(x - ex, y - ey))) - w / 2;
	};
};

/** A convex polygon from its corners in order (either winding). */
export const polygon =
	(points: [number, number][]): Sdf =>
	(x, y) => {
		let inside = false;
		let best = Infinity;
		for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
			const [ax, ay] = points[j];
			const [bx, by] = points[i];
			best = Math.min(best, segment(ax, ay, bx, by, 0)(x, y));
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
		}
		return inside ? -best : best;
	};

export const union =
	(...shapes: Sdf[]): Sdf =>
	(x, y) =>
		Math.min(...shapes.map((s) => s(x, y)));
