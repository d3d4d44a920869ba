// Whether cutting the inhibition between the dog-head pathways blunts each head unit's preference for its side:
// read the same way by the editor's sentence and by the replication's headline numbers.
import type { RatioSummary } from '../measure/measures';

/** Cutting the inhibition blunts a head unit when it loses at least this share of its preference (on a log scale). */
export const BLUNTED = 0.5;
/** A preference stronger than this many times (or one side silent) counts as this strong. */
const STRONGEST = 1000;

/** How strongly a ratio summary prefers one side, on a log scale (a silent side counts as the strongest). */
function strength(r: RatioSummary): number {
	const m = r.median === null ? STRONGEST : r.median === 0 ? 1 / STRONGEST : r.median;
	return Math.min(Math.abs(Math.log(m)), Math.log(STRONGEST));
}

interface HeadPreferences {
	left: { name: string; leftRight: RatioSummary };
	right: { name: string; leftRight: RatioSummary };
	afterCut: { left: { leftRight: RatioSummary }; right: { leftRight: RatioSummary } };
}

/** Each head unit's preference before and after the cut, and whether the cut blunts it (loses BLUNTED of it). */
export function headSides(h: HeadPreferences) {
	const lost = (before: RatioSummary, after: RatioSummary) => 1 - strength(after) / Math.max(strength(before), 1e-9);
	return [
		{ unit: h.left.name, side: 'left', before: h.left.leftRight, after: h.afterCut.left.leftRight },
		{ unit: h.right.name, side: 'right', before: h.right.leftRight, after: h.afterCut.right.leftRight }
	].map((s) => ({ ...s, blunted: lost(s.before, s.after) >= BLUNTED }));
}
