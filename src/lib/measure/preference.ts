// How a left/right preference reads in a figure: "4,100× left", with its spread, never capped.
import type { RatioSummary } from '../measure/measures';

const times = (x: number) =>
	x >= 1000 ? Math.round(x).toLocaleString('en-GB') : x >= 10 ? x.toFixed(0) : x.toFixed(1);

/** The side a unit prefers and by how much: the median of the per-head ratios, with their quartiles. */
export function preferenceText(r: RatioSummary): string {
	const { median, q1, q3 } = r;
	if (median === null) return `left only: the right-facing side is silent on ${r.silent} of ${r.samples} heads`;
	if (median === 0) return `right only: the left-facing side is silent on most heads`;
	if (median >= 1) {
		const spread =
			q1 !== null && q3 !== null
				? ` (quartiles ${times(q1)}–${times(q3)})`
				: q3 === null && q1 !== null
					? ` (quartiles ${times(q1)}–∞)`
					: '';
		return `${times(median)}× left${spread}`;
	}
	// a right-facing preference: the same ratios turned over, so the quartiles swap
	const inv = (x: number | null) => (x === null ? 0 : x === 0 ? Infinity : 1 / x);
	const lo = inv(q3);
	const hi = inv(q1);
	return `${times(1 / median)}× right (quartiles ${times(lo)}–${Number.isFinite(hi) ? times(hi) : '∞'})`;
}
