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
