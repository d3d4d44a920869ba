// Which way the arc in a picture opens, read as the field reads a feature visualization by eye: the
// picture's darkness near the unit's cell matched against the curve stimuli the family was chosen on, at
// every sampled angle. Used to say whether a curve unit's feature visualization shows its curve.
import { conditionCurve } from '../measure/curve-stimuli';
import { IMAGE_SIZE } from '../world/scenes';
import { angleDifference } from '../world/geometry';

/**
 * A picture "shows its curve" when the arc it matches best opens
 * within this many degrees of the unit's preferred angle.
 */
export const ARC_AGREES = 45;

const darkness = (rgb: Float32Array) => {
	const out = new Float32Array(rgb.length / 3);
	for (let p = 0; p < out.length; p++) out[p] = 1 - (rgb[3 * p] + rgb[3 * p + 1] + rgb[3 * p + 2]) / 3;
	let mean = 0;
	for (const v of out) mean += v;
	mean /= out.length;
	return out.map((v) => v - mean);
};

/** The templates: each angle's selection curve at the read cell, as zero-mean darkness, unit length. */
export function arcTemplates(angles: number[], radius: number, shift: { x: number; y: number }): Float32Array[] {
	return angles.map((angle) => {
		const t = darkness(conditionCurve(angle, radius, shift));
		const norm = Math.sqrt(t.reduce((s, v) => s + v * v, 0));
		return t.map((v) => v / norm);
	});
}

/**
 * The angle whose curve the picture's darkness (RGB in [0, 1], IMAGE_SIZE²) matches best: dark arcs on light ground.
 */
export function arcAngle(rgb: Float32Array, angles: number[], templates: Float32Array[]): number {
	if (rgb.length !== IMAGE_SIZE * IMAGE_SIZE * 3)
		throw new Error(`a picture here is ${IMAGE_SIZE} × ${IMAGE_SIZE} RGB`);
	const d = darkness(rgb);
	let best = -Infinity;
	let at = angles[0];
	templates.forEach((t, i) => {
		let s = 0;
		for (let p = 0; p < t.length; p++) s += t[p] * d[p];
		if (s > best) [best, at] = [s, angles[i]];
	});
	return at;
}

export const arcAgrees = (arc: number, preferred: number) => Math.abs(angleDifference(arc, preferred)) <= ARC_AGREES;
