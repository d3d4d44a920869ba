// What a cell of a unit's map sees, read from where the world drew each part rather than from pixels: the part
// drawn nearest the cell's centre, named by its shape and the way it faces, whatever object it belongs to. Scenes
// of different classes whose hottest cells all see an edge with the shape on the same side show one feature.
import { datasetScene, IMAGE_SIZE } from '../world/scenes';
import { pointsNear, type DrawnPart, type PartPoint } from '../world/parts';
import { EXAMPLES_SPLIT } from './examples';
import { toDegrees, toRadians, wrap360 } from '../world/geometry';

/** Parts bent tighter than this (radius of curvature, pixels) read as curved; the rest as straight. */
export const CURVED_BELOW = 24;

/** A direction (degrees, y up) in eighths, as words for where the shape lies from the edge. */
const SIDES = [
	'to its right',
	'above and to its right',
	'above it',
	'above and to its left',
	'to its left',
	'below and to its left',
	'below it',
	'below and to its right'
];
const OPENS = ['right', 'up and right', 'up', 'up and left', 'left', 'down and left', 'down', 'down and right'];
const eighth = (degrees: number) => Math.round(wrap360(degrees) / 45) % 8;
/** A straight part's orientation from its normal, in quarters of 180°. */
const LINES = ['vertical', 'falling', 'horizontal', 'rising'];

const drawn = new Map<number, DrawnPart[]>();
/** Where a held-out scene of the examples' split drew its parts, drawn once however often it is asked for. */
export function heldOutParts(index: number): DrawnPart[] {
	let parts = drawn.get(index);
	if (!parts) drawn.set(index, (parts = datasetScene(EXAMPLES_SPLIT, index, undefined, undefined, true).parts!));
	return parts;
}

/**
 * Every point of `parts` within `cells` of a cell's spacing from the centre of cell (row, column) of a map `mapSize`
 * cells wide, nearest first.
 */
export function pointsAtCell(parts: DrawnPart[], mapSize: number, row: number, column: number, cells: number) {
	const stride = IMAGE_SIZE / mapSize;
	return pointsNear(parts, (column + 0.5) * stride, (row + 0.5) * stride, cells * stride).map((p) => p.point);
}

/** The part drawn nearest the centre of cell (row, column) of a map `mapSize` cells wide, within a cell's spacing. */
export const nearestPoint = (parts: DrawnPart[], mapSize: number, row: number, column: number): PartPoint | null =>
	pointsAtCell(parts, mapSize, row, column, 1)[0] ?? null;

/** What a cell sees, in words: the nearest part's shape and the way it faces; "nothing drawn" where there is none. */
export function describePoint(point: PartPoint | null): string {
	if (!point) return 'nothing drawn';
	const curved = point.radius < CURVED_BELOW;
	if (point.inside !== null)
		return `a ${curved ? 'curved' : 'straight'} edge, the shape ${SIDES[eighth(point.inside)]}`;
	if (curved) return `a curved stroke opening ${OPENS[eighth(point.opening!)]}`;
	return `a straight stroke, ${LINES[Math.round(wrap360(point.normal) / 45) % 4]}`;
}

/** Where the shape lies from an edge (degrees, y up), in the words describePoint uses. */
export const sideInWords = (degrees: number) => SIDES[eighth(degrees)];

/**
 * How much the edges a unit's hottest cells see face one way: the length of the mean of their inside directions
 * as unit vectors (a cell that sees no edge of a shape adds nothing), and that mean's direction. 1 when every
 * cell sees an edge with the shape on the same side; about 1/√n for n edges facing anywhere.
 */
export function facing(points: (PartPoint | null)[]): { oneWay: number; direction: number } {
	let [x, y] = [0, 0];
	for (const p of points)
		if (p?.inside !== null && p?.inside !== undefined) {
			x += Math.cos(toRadians(p.inside));
			y += Math.sin(toRadians(p.inside));
		}
	const n = Math.max(1, points.length);
	return { oneWay: Math.hypot(x, y) / n, direction: wrap360(Math.round(toDegrees(Math.atan2(y, x)))) };
}
