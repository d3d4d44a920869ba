// Synthetic stimuli rendered by signed distance into float arrays: the same pixels in Node and the browser.
import { angleDifference, pixelToOffset, toRadians } from './geometry';

/**
 * A curve is an arc through the image centre. Its orientation is the direction, from the centre,
 * towards its centre of curvature: a curve of orientation 0° opens to the right, like "(".
 */
export interface CurveStimulus {
	/** degrees, counter-clockwise, 0 = opens to the right */
	angle: number;
	/** radius of curvature in pixels; Infinity draws a straight line */
	radius: number;
	/** length of the arc in pixels */
	length: number;
	/** stroke width in pixels */
	width: number;
}

export const defaultCurve: CurveStimulus = { angle: 0, radius: 16, length: 30, width: 2 };

/** The arc's circle centre, start and end points, relative to the image centre (y up). */
export function curveGeometry(curve: CurveStimulus) {
	const theta = toRadians(curve.angle);
	const normal = { x: Math.cos(theta), y: Math.sin(theta) };
	const tangent = { x: -normal.y, y: normal.x };
	const half = curve.length / 2;
	if (!Number.isFinite(curve.radius)) {
		return {
			centre: null,
			start: { x: -tangent.x * half, y: -tangent.y * half },
			end: { x: tangent.x * half, y: tangent.y * half },
			halfSpan: 0
		};
	}
	const halfSpan = Math.min(half / curve.radius, Math.PI * 0.95);
	const centre = { x: normal.x * curve.radius, y: normal.y * curve.radius };
	const point = (phi: number) => ({
		x: centre.x + curve.radius * Math.cos(phi),
		y: centre.y + curve.radius * Math.sin(phi)
	});
	return { centre, start: point(theta + Math.PI - halfSpan), end: point(theta + Math.PI + halfSpan), halfSpan };
}

/** Distance from a point to the curve's stroke centre line, in pixels. */
export const curveDistance = (curve: CurveStimulus, p: { x: number; y: number }): number => distanceTo(curve)(p);

/** The distance function of one curve, its geometry worked out once (a raster asks it for every pixel). */
function distanceTo(curve: CurveStimulus): (p: { x: number; y: number }) => number {
	const g = curveGeometry(curve);
	const toEnd = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
	if (!g.centre) {
		const dx = g.end.x - g.start.x;
		const dy = g.end.y - g.start.y;
		return (p) => {
			const t = Math.max(0, Math.min(1, ((p.x - g.start.x) * dx + (p.y - g.start.y) * dy) / (dx * dx + dy * dy)));
			return Math.hypot(p.x - g.start.x - t * dx, p.y - g.start.y - t * dy);
		};
	}
	const centre = g.centre;
	const facing = toRadians(curve.angle);
	return (p) => {
		const vx = p.x - centre.x;
		const vy = p.y - centre.y;
		const away = Math.atan2(vy, vx) - facing - Math.PI;
		const along = toRadians(angleDifference((away * 180) / Math.PI, 0));
		if (Math.abs(along) <= g.halfSpan) return Math.abs(Math.hypot(vx, vy) - curve.radius);
		return Math.min(toEnd(p, g.start), toEnd(p, g.end));
	};
}

/**
 * Ink (1) on blank paper (0), anti-aliased over one pixel. Row-major, size×size.
 * `shift` moves the curve off the image centre, in pixels (x right, y up).
 */
export function renderCurve(curve: CurveStimulus, size: number, shift = { x: 0, y: 0 }): Float32Array {
	const image = new Float32Array(size * size);
	const distance = distanceTo(curve);
	for (let row = 0; row < size; row++)
		for (let column = 0; column < size; column++) {
			const p = pixelToOffset(column, row, size);
			const d = distance({ x: p.x - shift.x, y: p.y - shift.y });
			image[row * size + column] = Math.max(0, Math.min(1, curve.width / 2 + 0.5 - d));
		}
	return image;
}

/** SVG path data for the curve in a viewBox centred on 0,0 with y down (as SVG draws). */
export function curvePath(curve: CurveStimulus): string {
	const g = curveGeometry(curve);
	const f = (n: number) => n.toFixed(2);
	const move = `M${f(g.start.x)},${f(-g.start.y)}`;
	if (!g.centre) return `${move}L${f(g.end.x)},${f(-g.end.y)}`;
	const large = g.halfSpan * 2 > Math.PI ? 1 : 0;
	// the arc runs counter-clockwise from start to end with y up; flipping y for the screen keeps it
	// counter-clockwise to the eye, which in SVG's y-down coordinates is the negative-angle direction:
	// sweep flag 0
	return `${move}A${f(curve.radius)},${f(curve.radius)} 0 ${large} 0 ${f(g.end.x)},${f(-g.end.y)}`;
}
