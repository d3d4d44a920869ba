// Where the world drew its strokes and boundaries. A scene drawn with a record keeps every part it drew as a
// circle's arc, an ellipse or a straight segment (image coordinates: x right, y down), so that an analysis can
// ask what lies under a cell of a unit's map from the drawing itself rather than from its pixels. Recording
// draws nothing and draws no random numbers: a recorded scene has the same pixels as any other.
import { toDegrees, wrap360 } from './geometry';

export type Part =
	| { kind: 'arc'; cx: number; cy: number; r: number; mid: number; half: number }
	| { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number; angle: number }
	| { kind: 'line'; ax: number; ay: number; bx: number; by: number };

/** A part as drawn: what it belongs to, and for the edge of a filled shape, a point inside that shape. */
export interface DrawnPart {
	/** the scene's class, or "clutter" for the strokes around it */
	owner: string;
	/** what the part is: "outline", "wheel", "eye", "stroke" … */
	name: string;
	part: Part;
	/** where the filled shape lies, for the edge of one; none for a stroke of ink */
	inside?: { x: number; y: number };
}

/** A point on a drawn part, and the shape of the part there. */
export interface PartPoint {
	x: number;
	y: number;
	/**
	 * the direction the part bends towards, as the curve stimuli name it (degrees counter-clockwise, y up,
	 * 0 = opens to the right); null where the part is straight
	 */
	opening: number | null;
	/** radius of curvature in pixels: Infinity where straight */
	radius: number;
	/** the direction of a normal (same convention): towards the side it bends to, or either side where straight */
	normal: number;
	/** the direction of the part's normal towards the filled shape (same convention); null for a stroke */
	inside: number | null;
}

/** The stimuli's angle (degrees, y up) of a direction given in image coordinates (y down). */
const heading = (dx: number, dy: number) => wrap360(toDegrees(Math.atan2(-dy, dx)));

/** Points along a part, about `step` pixels apart. */
export function partPoints({ part, inside }: DrawnPart, step = 0.5): PartPoint[] {
	const towardsInside = (x: number, y: number, nx: number, ny: number) => {
		if (!inside) return null;
		const side = (inside.x - x) * nx + (inside.y - y) * ny >= 0 ? 1 : -1;
		return heading(side * nx, side * ny);
	};
	if (part.kind === 'line') {
		const length = Math.hypot(part.bx - part.ax, part.by - part.ay);
		const n = Math.max(1, Math.ceil(length / step));
		const [nx, ny] = length ? [-(part.by - part.ay) / length, (part.bx - part.ax) / length] : [0, 0];
		return Array.from({ length: n + 1 }, (_, i) => {
			const x = part.ax + ((part.bx - part.ax) * i) / n;
			const y = part.ay + ((part.by - part.ay) * i) / n;
			return { x, y, opening: null, radius: Infinity, normal: heading(nx, ny), inside: towardsInside(x, y, nx, ny) };
		});
	}
	if (part.kind === 'arc') {
		const n = Math.max(2, Math.ceil((2 * part.half * part.r) / step));
		return Array.from({ length: n + 1 }, (_, i) => {
			const phi = part.mid - part.half + (2 * part.half * i) / n;
			const x = part.cx + part.r * Math.cos(phi);
			const y = part.cy + part.r * Math.sin(phi);
			return {
				x,
				y,
				opening: heading(-Math.cos(phi), -Math.sin(phi)),
				radius: part.r,
				normal: heading(-Math.cos(phi), -Math.sin(phi)),
				inside: towardsInside(x, y, -Math.cos(phi), -Math.sin(phi))
			};
		});
	}
	const { cx, cy, rx, ry, angle } = part;
	const [c, s] = [Math.cos(angle), Math.sin(angle)];
	const n = Math.max(8, Math.ceil((2 * Math.PI * Math.max(rx, ry)) / step));
	return Array.from({ length: n }, (_, i) => {
		const t = (2 * Math.PI * i) / n;
		const [u, v] = [rx * Math.cos(t), ry * Math.sin(t)];
		const x = cx + u * c - v * s;
		const y = cy + u * s + v * c;
		// the inward normal: against the gradient of (u/rx)² + (v/ry)², turned as the ellipse is
		const [gu, gv] = [-Math.cos(t) / rx, -Math.sin(t) / ry];
		const g = Math.hypot(gu, gv);
		const [nx, ny] = [(gu * c - gv * s) / g, (gu * s + gv * c) / g];
		const radius = Math.pow(rx * rx * Math.sin(t) ** 2 + ry * ry * Math.cos(t) ** 2, 1.5) / (rx * ry);
		return { x, y, opening: heading(nx, ny), radius, normal: heading(nx, ny), inside: towardsInside(x, y, nx, ny) };
	});
}

/** The edge of a rectangle as `box` in sdf.ts draws it: four sides and, if rounded, four quarter circles. */
export function boxParts(cx: number, cy: number, hw: number, hh: number, r = 0, angle = 0): Part[] {
	const [c, s] = [Math.cos(angle), Math.sin(angle)];
	const at = (u: number, v: number) => [cx + u * c - v * s, cy + u * s + v * c] as const;
	const [a, b] = [hw - r, hh - r];
	const sides: Part[] = (
		[
			[-a, -hh, a, -hh],
			[hw, -b, hw, b],
			[a, hh, -a, hh],
			[-hw, b, -hw, -b]
		] as const
	).map(([u0, v0, u1, v1]) => {
		const [ax, ay] = at(u0, v0);
		const [bx, by] = at(u1, v1);
		return { kind: 'line', ax, ay, bx, by };
	});
	if (r <= 0) return sides;
	const corners: Part[] = (
		[
			[a, -b, -Math.PI / 4],
			[a, b, Math.PI / 4],
			[-a, b, (3 * Math.PI) / 4],
			[-a, -b, (-3 * Math.PI) / 4]
		] as const
	).map(([u, v, mid]) => {
		const [x, y] = at(u, v);
		return { kind: 'arc', cx: x, cy: y, r, mid: mid + angle, half: Math.PI / 4 };
	});
	return [...sides, ...corners];
}

/** The sides of a polygon given by its corners in order. */
export const polygonParts = (points: readonly (readonly [number, number])[]): Part[] =>
	points.map(([bx, by], i) => {
		const [ax, ay] = points[(i + points.length - 1) % points.length];
		return { kind: 'line', ax, ay, bx, by };
	});

/** The middle of a set of points: the inside of a convex shape. */
export const centroid = (points: readonly (readonly [number, number])[]) => ({
	x: points.reduce((t, p) => t + p[0], 0) / points.length,
	y: points.reduce((t, p) => t + p[1], 0) / points.length
});

/** A whole circle as a part. */
export const circlePart = (cx: number, cy: number, r: number): Part => ({
	kind: 'arc',
	cx,
	cy,
	r,
	mid: 0,
	half: Math.PI
});

/** Every point of `parts` within `reach` pixels of (x, y), nearest first, with the part it lies on. */
export function pointsNear(parts: DrawnPart[], x: number, y: number, reach: number) {
	return parts
		.flatMap((drawn) =>
			partPoints(drawn)
				.map((point) => ({ drawn, point, distance: Math.hypot(point.x - x, point.y - y) }))
				.filter((p) => p.distance <= reach)
		)
		.sort((a, b) => a.distance - b.distance);
}
