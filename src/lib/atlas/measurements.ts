// Two of the atlas's measurements, in their own module for length: the high-low family on its evaluation
// stimuli, and why removing negative weights does or does not make an echo.
import type { RatioSummary } from '../measure/measures';

// The high-low family's evaluation

/** One unit of the family on the evaluation stimuli, each at the unit's preferred angle, averaged over the textures. */
export interface HighLowUnitEvaluation {
	unit: number;
	/** response at each of BLURS */
	highLow: number[];
	edgeDark: number[];
	edgeLight: number[];
	/** the boundary turned 180° (sharp side where the blur was), at the default blur */
	swapped: number;
	/** plain edges with twice the step, at the default blur */
	strongEdge: { dark: number; light: number };
	/**
	 * at each of the family's angles: the high-low boundary at the default blur, averaged over the textures
	 * (the widget's first picture)
	 */
	tuning: number[];
}

export interface HighLowEvaluation {
	seeds: number[];
	blurs: number[];
	defaultBlur: number;
	/** plain edges' steps, in units of the texture's contrast */
	edgeStep: number;
	strongEdgeStep: number;
	units: HighLowUnitEvaluation[];
	/** per unit, at the default blur: the stronger plain edge ÷ the high-low boundary, and each polarity alone */
	edgeRatio: RatioSummary;
	edgeDarkRatio: RatioSummary;
	edgeLightRatio: RatioSummary;
	/** the boundary turned round ÷ the boundary the unit prefers */
	swappedRatio: RatioSummary;
	/** the same with twice the step */
	strongEdgeRatio: RatioSummary;
	/** units answering the stronger edge more than the high-low boundary, at each step */
	edgeWins: number;
	strongEdgeWins: number;
	/** the family's mean response at each blur, for each kind */
	blurCurve: { highLow: number[]; edgeDark: number[]; edgeLight: number[] };
}

// Why removing negative weights does or does not make an echo (echo.ts measures it)

/**
 * Where a curve unit's pre-activation comes from, each part as a share of its pre-activation at the preferred angle.
 */
export interface InputParts {
	/** the pre-activation: the sum of every part below */
	total: number;
	bias: number;
	/** early curves within 45° of the unit's angle: their positive and negative weights' input */
	sameExcitation: number;
	sameInhibition: number;
	/** early curves opening the opposite way (135° or more apart): what the echo edit removes is `oppositeInhibition` */
	oppositeExcitation: number;
	oppositeInhibition: number;
	/** the other early curves, and every unit of the layer below that is not an early curve (net) */
	otherEarly: number;
	rest: number;
}

/**
 * A curve unit's input at the angle opposite its peak and a quarter-turn either side (their mean),
 * medians over the conditions.
 */
export interface UnitEchoInput {
	name: string;
	unit: number;
	at180: InputParts;
	at90: InputParts;
	/** share of the conditions in which removing the opposite inhibition lifts the pre-activation above zero */
	liftedAt180: number;
	liftedAt90: number;
}

/**
 * What the pairs of (curve unit, condition) say together:
 * the parts, and what removing the opposite inhibition does before the ReLU.
 */
export interface EchoInputSummary {
	/** medians over the pairs: the parts at 180° and at ±90° */
	at180: InputParts;
	at90: InputParts;
	/**
	 * What removing the opposite early curves' negative weights does before the ReLU (medians over pairs):
	 * the rise at 180° and at ±90°, as shares of the peak, and their difference, the echo's margin before the ReLU.
	 */
	riseBeforeRelu: { at180: number; at90: number; margin: number };
	/**
	 * The pre-activation once they are removed (total − oppositeInhibition), medians at 180° and ±90°, and
	 * the share of pairs where it is above zero, where the ReLU lets it through.
	 */
	afterRemoval: { at180: number; at90: number; liftedAt180: number; liftedAt90: number };
	pairs: number;
}

/** The measurement: what the paper's account of the echo needs, on the conditions the echo edits are measured on. */
export interface EchoMechanism extends EchoInputSummary {
	/** the conditions measured (the centred evaluation conditions) */
	conditions: string[];
	/**
	 * The early curves' own echo: each early curve's response to the curve turned 180° from its peak, over
	 * its peak, read at its own cell; median and quartiles over units and conditions.
	 */
	earlyEcho: { median: number; q1: number; q3: number; units: number };
	/** pairs left out because the unit was silent at its own peak in that condition */
	silent: number;
	/**
	 * family units that read the early curves through a 1×1 bottleneck: their parts are the multiplied-out
	 * kernel's, and what the bottleneck's ReLU and biases change is counted in `rest`
	 */
	throughBottleneck: number;
	units: UnitEchoInput[];
}

/** The same measurement on the hand-set curve detectors: the reference (echo-handset.ts). */
export interface HandsetEchoReference extends EchoInputSummary {
	/** the stimulus: the hand-set widget's default curve */
	radius: number;
	/** the early curves' own echo at the image centre, median over the eight */
	earlyEcho: number;
	/** the curve detectors' echo ratio with their inhibition */
	curveEcho: number;
}

/** The cases the measurement tells apart, in the order they are tested. */
export const ECHO_CASES = [
	'echo',
	'no-early-echo',
	'held-by-bias',
	'held-by-other-inhibition',
	'flattens',
	'weak-echo'
] as const;
export type EchoCase = (typeof ECHO_CASES)[number];

export interface EchoFinding {
	case: EchoCase;
	sentence: string;
}
