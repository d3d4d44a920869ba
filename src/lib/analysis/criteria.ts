// The thresholds of the analysis's families, apart from the code that measures them, so that the figures'
// captions can state the rules without loading the analysis.

/** Thresholds that define membership of a family. */
export const CRITERIA = {
	curveSelectivity: 3,
	lineRatio: 0.3,
	/**
	 * a curve unit's response more than `secondLobeDistance` degrees from its preferred angle
	 * stays at or below this share of its peak
	 */
	secondLobe: 0.3,
	secondLobeDistance: 60,
	earlySelectivity: 2,
	highLowSelectivity: 3,
	orientedRatio: 3,
	minimumPeakShare: 0.1
};

/** A curve unit keeps its angle on a condition within this many degrees … */
export const ANGLE_TOLERANCE = 30;
/** … in at least this share of the evaluation conditions (a member must), and stays selective in this share. */
export const KEEPS_ANGLE = 0.7;
export const STAYS_SELECTIVE = 0.8;

/**
 * The polysemantic search sets a unit aside as one feature when the edges its hottest cells see face one way this
 * much (analysis/seen.ts: facing; for 24 scenes facing anywhere the measure is about 0.2) …
 */
export const ONE_WAY = 0.5;
/** … or when one description of what those cells see covers at least this share of its strongest scenes. */
export const ONE_THING = 0.5;
