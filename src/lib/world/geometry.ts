// Angles and coordinates shared by every stimulus and detector: degrees, counter-clockwise, y up.

export const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
export const toDegrees = (radians: number) => (radians * 180) / Math.PI;

/** Wraps an angle into [0, 360). */
export const wrap360 = (degrees: number) => ((degrees % 360) + 360) % 360;

/** Signed difference a − b folded into (−period/2, period/2]. */
export function angleDifference(a: number, b: number, period = 360): number {
	let d = (((a - b) % period) + period) % period;
	if (d > period / 2) d -= period;
	return d;
}

/** A point relative to an image's centre, x to the right, y up, in pixels. */
export interface Offset {
	x: number;
	y: number;
}

/** Pixel (column, row) of a size×size image → offset from its centre (y up). */
export const pixelToOffset = (column: number, row: number, size: number): Offset => ({
	x: column + 0.5 - size / 2,
	y: size / 2 - (row + 0.5)
});

/** Angles 0, step, 2·step … below 360. */
export const angleSweep = (step: number) => Array.from({ length: Math.round(360 / step) }, (_, i) => wrap360(i * step));
