// The atlas's schema: what the analysis measured in a trained network and writes to atlas.json, every number
// the article quotes. Families are chosen on the selection stimuli; the figures reported are measured on
// evaluation stimuli the choice never saw. It imports nothing of the analysis, so that the pages, the
// widgets' build-time pictures and the tests can read the atlas without the code that makes it.
import type { UnitRef } from '../unit';
import type { RatioSummary } from '../measure/measures';
import type { CurveCondition } from '../measure/curve-stimuli';
import type { CurveCensus } from './census';
import type { EchoFinding, EchoMechanism, HandsetEchoReference, HighLowEvaluation } from './measurements';

export interface UnitTuning extends UnitRef {
	name: string;
	preferredAngle: number;
	/** peak ÷ mean over the tuning angles */
	selectivity: number;
	peak: number;
	/** activation at preferred + 180° ÷ at preferred */
	echoRatio: number;
	/** strongest response to a straight line through the centre ÷ the curve peak (curve families only) */
	lineRatio?: number;
	/**
	 * strongest response more than 60° from the preferred angle ÷ the peak (curve families only):
	 * a clean tuning has one lobe
	 */
	secondLobe?: number;
	tuning: number[];
}

export interface Family {
	layer: string;
	kind: 'curve' | 'early-curve' | 'high-low';
	/** the stimulus angles the tuning curves are sampled at */
	angles: number[];
	/** measured on the selection stimuli, which chose them */
	units: UnitTuning[];
	/** widest gap between neighbouring preferred angles, degrees */
	largestGap: number;
}

/** One unit of a family under one evaluation condition. */
export interface ConditionResult {
	preferredAngle: number;
	selectivity: number;
	lineRatio: number;
	peak: number;
}

export interface UnitEvaluation {
	name: string;
	unit: number;
	/** results in the order of CurveEvaluation.conditions */
	conditions: ConditionResult[];
	/** share of conditions whose preferred angle is within 30° of the one the selection found */
	withinAngle: number;
	/** share of conditions with selectivity ≥ 3 and a straight line at most 0.3 of the peak */
	selective: number;
}

/**
 * A unit that meets the curve criteria (selective, quiet for lines) but not the family's: a second lobe
 * above 0.3 of its peak on the selection stimuli, or an angle it does not keep on the evaluation stimuli.
 * Curve-sensitive, not tuned: never counted as a family member.
 */
export interface UntunedUnit extends UnitTuning {
	reasons: ('second lobe' | 'moves on evaluation')[];
	/** as UnitEvaluation: shares of the evaluation conditions */
	withinAngle: number;
	selective: number;
}

export interface CurveEvaluation {
	conditions: CurveCondition[];
	units: UnitEvaluation[];
	/** units keeping their angle (within 30°) in at least 70% of conditions */
	unitsKeepingAngle: number;
	/** units selective in at least 80% of conditions */
	unitsSelective: number;
	/** the family's largest gap when each unit's angle is read from its mean tuning over every evaluation condition */
	largestGap: number;
	/** the family's largest gap when each unit's angle is read from its mean tuning over each polarity's conditions */
	largestGapByPolarity: { dark: number; light: number };
	/** the largest gap with the stimuli centred on the read cell, and moved 2 px off it */
	largestGapByPosition: { centred: number; moved: number };
	/** for each condition (same order), the share of the family within 30° of its preferred angle */
	withinAngleByCondition: number[];
	/** the least of those shares over the centred conditions */
	worstCentredWithinAngle: number;
}

export interface CircuitEdge {
	source: UnitRef;
	target: UnitRef;
	/** weights from source into target, 5×5 (smaller kernels padded), rows top to bottom */
	kernel: number[][];
	/** sum of the kernel */
	strength: number;
	sign: 1 | -1;
	/** how the two units' preferred orientations relate */
	relation: 'same' | 'opposite' | 'other';
	/** whether the kernel is the network's own weights (no bottleneck between the two units) */
	direct: boolean;
}

/** What one edit of the curve circuit does to the family's tuning. */
export interface EchoEdit {
	name: 'all-negative' | 'opposite-negative';
	/** edges whose negative weights the edit removes */
	pairs: number;
	/** true when every edge is a real weight, so the edit is the network with those weights changed */
	exact: boolean;
	/** each family unit's tuning after the edit, on the selection stimuli (same order as curves.units) */
	tuningAfter: number[][];
	/**
	 * Over the evaluation conditions centred on the read cell and every family unit (medians): the rise
	 * at preferred + 180° and at preferred ± 90° as a share of the peak before the edit, and their difference.
	 */
	rise180: number;
	rise90: number;
	margin: number;
	/** the family's median selectivity before and after, over the same conditions */
	selectivityBefore: number;
	selectivityAfter: number;
}

export interface OrientedUnit extends UnitRef {
	name: string;
	meanLeft: number;
	meanRight: number;
	meanChimera: number;
	/** per-head ratios left ÷ right */
	leftRight: RatioSummary;
}

export interface DogLogits {
	/** the dog class's mean logit for heads facing left, right, and for the chimeras */
	left: number;
	right: number;
	chimera: number;
	/** share of the heads (both facings) the network calls "dog" */
	calledDog: number;
}

export interface HeadsAtlas {
	/** the analysis seeds of the heads, in order (analysisSeed(0 … n−1)) */
	pairs: number;
	layers: { layer: string; leftUnits: number; rightUnits: number }[];
	/** the oriented pair of the circuit's block, and the union a block later */
	left: OrientedUnit;
	right: OrientedUnit;
	union: OrientedUnit;
	dog: DogLogits;
	/** the oriented sources in the block before, by the side they prefer (strongest first) */
	sources: { left: OrientedUnit[]; right: OrientedUnit[] };
	/** every edge from those sources into the oriented pair */
	edges: CircuitEdge[];
	/** the edges that carry inhibition from one pathway into the other's unit */
	inhibitoryEdges: CircuitEdge[];
	/** the pair's edges into the union, when the union's block reads the pair's */
	unionEdges: CircuitEdge[];
	/** the union's weight in the dog class's logit, when the logits read the union's block */
	dogWeight: number | null;
	/** after cutting those edges (exactly: each unit recomputed without them) */
	afterCut: { left: OrientedUnit; right: OrientedUnit; union: OrientedUnit; dog: DogLogits };
	/**
	 * how far a linear correction through the bottlenecks lands from the exact cut:
	 * largest gap over the heads, as a share of the unit's mean
	 */
	linearCutError: { left: number; right: number };
	/** the same units, on heads drawn in the held-out style */
	heldoutStyle: { left: OrientedUnit; right: OrientedUnit; union: OrientedUnit; dog: DogLogits };
	/** the first head (analysisSeed(0)) as the circuit reads it, each way and as a chimera */
	example: Record<'left' | 'right' | 'chimera', HeadReading>;
}

/**
 * One head as the circuit reads it: its sources, the pair, the union (over the centre of their maps) and the dog logit.
 */
export interface HeadReading {
	sources: Record<number, number>;
	left: number;
	right: number;
	union: number;
	dog: number;
}

export interface Atlas {
	model: string;
	version: 3;
	classes: string[];
	heldoutAccuracy: number;
	heldoutStyleAccuracy: number;
	stimuli: {
		curveRadius: number;
		selection: CurveCondition;
		headPairs: number;
		polysemanticImages: number;
	};
	/**
	 * The family kept: units with one clean lobe on the selection stimuli (which chose the radius) that keep
	 * their angle on the evaluation stimuli; the curve-sensitive units left out, every layer × radius tried
	 * (clean units, curve-sensitive units, largest gap), and the family's evaluation.
	 */
	curves: Family & {
		untuned: UntunedUnit[];
		/** every layer from conv2d2 to mixed4a at every radius, searched and evaluated alike */
		census: CurveCensus;
		candidates: { layer: string; radius: number; units: number; curveSensitive: number; largestGap: number }[];
		evaluation: CurveEvaluation;
	};
	earlyCurves: Family;
	curveCircuit: {
		/** the width, in pixels, of the patch of the image a cell of the early curves' layer and of the curves' layer sees */
		receptiveField: { early: number; curves: number };
		edges: CircuitEdge[];
		sameOrientation: { pairs: number; excitatory: number };
		oppositeOrientation: { pairs: number; inhibitory: number };
		/** share of same- and opposite-orientation pairs with the expected sign */
		expectedSignFraction: number;
		/**
		 * why removing the opposite early curves' negative weights does or does not make an echo, measured;
		 * the hand-set network as reference; the sentence the measurement chooses
		 */
		echoMechanism: EchoMechanism & { reference: HandsetEchoReference; finding: EchoFinding };
	};
	echoes: EchoEdit[];
	highLow: Family & { candidatesByLayer: Record<string, number>; evaluation: HighLowEvaluation };
	heads: HeadsAtlas;
	polysemantic: UnitRef & {
		name: string;
		/** class of each of its top-activating held-out images, counted */
		classes: { name: string; count: number }[];
		/** entropy of the kinds of thing (CLASS_KINDS) among those images: unrelated classes raise it, related ones do not */
		kindEntropyBits: number;
		/** what its hottest cell sees in each of those scenes (analysis/seen.ts), counted */
		seen: { name: string; count: number }[];
		/** how much the edges its hottest cells see face one way (analysis/seen.ts: facing) */
		oneWay: number;
		/**
		 * units of more varied classes set aside first, as one feature: the edges their hottest cells see face one way
		 * (oneWay at least ONE_WAY, the shape on `shapeSide`), or one description covers at least ONE_THING of the
		 * scenes (`commonest`)
		 */
		setAside: {
			name: string;
			kindEntropyBits: number;
			classes: { name: string; count: number }[];
			oneWay: number;
			shapeSide: string;
			commonest: { name: string; count: number };
		}[];
		/**
		 * the split the scenes come from, and those scenes, strongest first (datasetScene(split, index)), each with
		 * the cell of the unit's map (mapSize cells across) that fired most and what it sees there
		 */
		split: number;
		mapSize: number;
		top: { index: number; className: string; activation: number; row: number; column: number; seen: string }[];
	};
}
