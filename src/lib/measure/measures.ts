// Pure measurements on tuning curves and activation tables.
import { angleDifference } from '../world/geometry';

export const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Peak over mean: how much a unit prefers its best stimulus to the average one. */
export function selectivity(curve: number[]): number {
	const m = mean(curve);
	return m > 0 ? Math.max(...curve) / m : 0;
}

export function argmax(values: number[]): number {
	let best = 0;
	values.forEach((v, i) => {
		if (v > values[best]) best = i;
	});
	return best;
}

/** The response at the angle opposite the peak, over the peak: the "echo". */
export function echoRatio(curve: number[], angles: number[]): number {
	const peak = argmax(curve);
	const opposite = angles.findIndex((a) => Math.abs(angleDifference(a, angles[peak] + 180)) < 1e-6);
	return curve[peak] > 0 && opposite >= 0 ? curve[opposite] / curve[peak] : 0;
}

/** A family's echo: each responding unit's echo ratio, averaged (units silent at every angle are left out). */
export function familyEchoRatio(curves: number[][], angles: number[]): number {
	const responding = curves.filter((curve) => Math.max(...curve) > 0);
	return mean(responding.map((curve) => echoRatio(curve, angles)));
}

/** The widest gap between neighbouring angles on the circle, in degrees. */
export function largestGap(angles: number[]): number {
	if (angles.length === 0) return 360;
	const sorted = [...angles].map((a) => ((a % 360) + 360) % 360).sort((a, b) => a - b);
	let gap = 360 - sorted[sorted.length - 1] + sorted[0];
	for (let i = 1; i < sorted.length; i++) gap = Math.max(gap, sorted[i] - sorted[i - 1]);
	return gap;
}

/** Shannon entropy, in bits, of how `labels` spread over their values. */
export function labelEntropy(labels: string[]): number {
	const counts = new Map<string, number>();
	for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
	let h = 0;
	for (const c of counts.values()) {
		const p = c / labels.length;
		h -= p * Math.log2(p);
	}
	return h;
}

/** Rounds every number in a JSON-able value, so atlases compare cleanly across runs. */
export function roundDeep<T>(value: T, digits = 5): T {
	if (typeof value === 'number') return (Number.isFinite(value) ? Number(value.toPrecision(digits)) : value) as T;
	if (Array.isArray(value)) return value.map((v) => roundDeep(v, digits)) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundDeep(v, digits)])) as T;
	return value;
}

/** The value below which `p` percent of `values` fall (linear interpolation; infinities sort last). */
export function percentile(values: number[], p: number): number {
	const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
	if (!sorted.length) return NaN;
	const at = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(at);
	const hi = Math.ceil(at);
	if (lo === hi || sorted[hi] === sorted[lo]) return sorted[lo];
	if (!Number.isFinite(sorted[hi])) return sorted[hi];
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export const median = (values: number[]) => percentile(values, 50);

/**
 * How much more `a` is than `b`, sample by sample: the median of the per-sample ratios a/b with their
 * quartiles. Nothing is capped: where b is silent and a is not, the ratio is infinite (written null in
 * JSON), and `silent` counts those samples; samples silent on both sides are left out.
 */
export interface RatioSummary {
	median: number | null;
	q1: number | null;
	q3: number | null;
	silent: number;
	samples: number;
}

export function ratioSummary(a: number[], b: number[]): RatioSummary {
	const ratios = a
		.map((x, i) => (x === 0 && b[i] === 0 ? NaN : b[i] === 0 ? Infinity : x / b[i]))
		.filter((r) => !Number.isNaN(r));
	const finite = (v: number) => (Number.isFinite(v) ? v : null);
	return {
		median: finite(median(ratios)),
		q1: finite(percentile(ratios, 25)),
		q3: finite(percentile(ratios, 75)),
		silent: ratios.filter((r) => r === Infinity).length,
		samples: ratios.length
	};
}

/** The response at `angle` (one of `angles`, or the nearest). */
export function responseAt(curve: number[], angles: number[], angle: number): number {
	let best = 0;
	angles.forEach((a, i) => {
		if (Math.abs(angleDifference(a, angle)) < Math.abs(angleDifference(angles[best], angle))) best = i;
	});
	return curve[best];
}

/**
 * What an edit did to a tuning curve, relative to the peak before it: the rise at the angle opposite
 * the preferred one, and the mean rise a quarter-turn either side. An echo is a rise at 180° that the
 * quarter-turns do not share; a curve that merely flattens rises at both.
 */
export function echoShift(before: number[], after: number[], angles: number[]) {
	const peak = argmax(before);
	const preferred = angles[peak];
	const scale = Math.max(1e-9, before[peak]);
	const rise = (angle: number) => (responseAt(after, angles, angle) - responseAt(before, angles, angle)) / scale;
	const at180 = rise(preferred + 180);
	const at90 = (rise(preferred + 90) + rise(preferred - 90)) / 2;
	return { at180, at90, margin: at180 - at90 };
}

/** Pearson correlation of two equally long series (0 when either is flat). */
export function correlation(a: number[], b: number[]): number {
	const ma = mean(a);
	const mb = mean(b);
	let ab = 0;
	let aa = 0;
	let bb = 0;
	a.forEach((x, i) => {
		ab += (x - ma) * (b[i] - mb);
		aa += (x - ma) ** 2;
		bb += (b[i] - mb) ** 2;
	});
	return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

/** The angle at which a tuning curve peaks. */
export const preferredAngle = (curve: number[], angles: number[]) => angles[argmax(curve)];

/**
 * The mean of each run of `n` consecutive rows (rows[i][unit]):
 * one row per group, e.g. per stimulus shown on several textures.
 */
export function groupMeans(rows: number[][], n: number): number[][] {
	return Array.from({ length: Math.ceil(rows.length / n) }, (_, g) => {
		const group = rows.slice(g * n, g * n + n);
		return group[0].map((_, u) => group.reduce((sum, row) => sum + row[u], 0) / group.length);
	});
}
