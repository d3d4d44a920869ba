// The figures' default states, chosen from the article network's atlas so that what each caption points
// at is there when the page opens: for a family, an angle whose leading unit prefers about that angle.
// `npm run analyze` writes them to SHOWN_FILE, which the widgets' specs read; a test checks it is current.
import { angleDifference } from '../world/geometry';
import type { Atlas, Family } from '../atlas/schema';

export const SHOWN_FILE = 'src/lib/generated/shown.json';
/** The leading unit must prefer an angle at most this far from the stimulus's. */
export const LEADER_WITHIN = 30;

export interface Shown {
	'curve-family': { angle: number };
	'high-low': { angle: number };
}

/**
 * The sampled angle at which the family's leading unit prefers an angle within LEADER_WITHIN of it and
 * leads by the widest margin (as a share of its own response), so one unit clearly lights up; where
 * margins tie, the angle nearest its leader's preferred one, then the smaller.
 */
export function leaderAngle(family: Pick<Family, 'angles' | 'units'>): number {
	let best: { angle: number; margin: number; off: number } | null = null;
	family.angles.forEach((angle, i) => {
		const ranked = family.units.map((u) => ({ u, value: u.tuning[i] })).sort((a, b) => b.value - a.value);
		const [lead, next] = ranked;
		const off = lead ? Math.abs(angleDifference(lead.u.preferredAngle, angle)) : Infinity;
		if (!lead || lead.value <= 0 || off > LEADER_WITHIN) return;
		const margin = (lead.value - (next?.value ?? 0)) / lead.value;
		const b = best as { margin: number; off: number } | null;
		if (!b || margin > b.margin + 1e-9 || (Math.abs(margin - b.margin) <= 1e-9 && off < b.off))
			best = { angle, margin, off };
	});
	if (!best)
		throw new Error(`No angle of ${family.angles.length} has a leading unit that prefers it within ${LEADER_WITHIN}°`);
	return (best as { angle: number }).angle;
}

export function chooseShown(atlas: Atlas): Shown {
	return { 'curve-family': { angle: leaderAngle(atlas.curves) }, 'high-low': { angle: leaderAngle(atlas.highLow) } };
}
