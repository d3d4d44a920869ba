// The feature-visualization widget's pure parts: what a screen reader hears of a run.
import { formatNumber } from '../../config';
import type { FeatureVisState } from './spec';

export interface VisShown {
	/** the unit, as the paper writes units */
	unit: string;
	sign: FeatureVisState['sign'];
	/** one stroke of ink, rather than waves of colour */
	strokes: boolean;
	/** pictures growing at once */
	count: number;
	/** whether a run has started */
	started: boolean;
	step: number;
	steps: number;
	/** the objective at the last step, if any */
	objective: number | null;
	/** the unit's activation on its best held-out scene, where known */
	best: number | null;
}

/** The one-line description of a run: the unit, what is grown, how far, and the bar it should clear. */
export function describeVis(v: VisShown): string {
	const what = v.sign === 'positive' ? 'what excites it' : 'what turns it off';
	const drawn = v.strokes ? ', drawn as one stroke of ink' : v.count > 1 ? ` (${v.count} pictures, pushed apart)` : '';
	const progress = v.started
		? `step ${v.step} of ${v.steps}, objective ${formatNumber(v.objective ?? 0)}`
		: 'not run yet';
	const best = v.best !== null ? `; its best held-out scene reaches ${formatNumber(v.best)}` : '';
	return `${v.unit}, ${what}${drawn}: ${progress}${best}.`;
}
