// The atlas: what the analysis measured in the trained network, and every number the article quotes.

export interface UnitTuning {
	/** written as the paper writes units: mixed3b:7 */
	name: string;
	layer: string;
	unit: number;
	preferredAngle: number;
	/** peak ÷ mean over the tuning angles */
	selectivity: number;
	peak: number;
	/** activation at preferred + 180° ÷ at preferred */
	echoRatio: number;
	/** strongest response to a straight line through the centre ÷ the curve peak (curve families only) */
	lineRatio?: number;
	tuning: number[];
}

export interface Family {
	layer: string;
	kind: 'curve' | 'early-curve' | 'high-low';
	/** the stimulus angles the tuning curves are sampled at */
	angles: number[];
	units: UnitTuning[];
	/** widest gap between neighbouring preferred angles, degrees */
	largestGap: number;
}

export interface CircuitEdge {
	source: string;
	target: string;
	/** expanded weights from source into target, 5×5, rows top to bottom */
	kernel: number[][];
	/** sum of the kernel */
	strength: number;
	sign: 1 | -1;
	/** how the two units' preferred orientations relate */
	relation: 'same' | 'opposite' | 'other';
}

export interface OrientedUnit {
	name: string;
	layer: string;
	unit: number;
	meanLeft: number;
	meanRight: number;
	/** left-facing ÷ right-facing mean activation */
	leftRightRatio: number;
}

export interface Atlas {
	model: string;
	version: 1;
	classes: string[];
	heldoutAccuracy: number;
	stimuli: {
		curveRadius: number;
		headPairs: number;
		polysemanticImages: number;
	};
	/** the family kept, and every layer × stimulus radius tried */
	curves: Family & { candidates: { layer: string; radius: number; units: number; largestGap: number }[] };
	earlyCurves: Family;
	curveCircuit: {
		edges: CircuitEdge[];
		sameOrientation: { pairs: number; excitatory: number };
		oppositeOrientation: { pairs: number; inhibitory: number };
		/** share of same- and opposite-orientation pairs with the expected sign */
		expectedSignFraction: number;
	};
	echoes: { before: number; afterDroppingNegative: number; rise: number };
	highLow: Family & { candidatesByLayer: Record<string, number> };
	heads: {
		layers: { layer: string; leftUnits: number; rightUnits: number; bestLeft: OrientedUnit; bestRight: OrientedUnit }[];
		/** the oriented units of the circuit, in the layer with the strongest pair */
		left: OrientedUnit;
		right: OrientedUnit;
		/** the union: a later unit that answers both ways within 2× */
		union: OrientedUnit & { dogLogitLeftRight: number };
		inhibitoryEdges: CircuitEdge[];
		/** the oriented pair's left/right ratios once the inhibitory edges into them are cut */
		afterCut: { left: OrientedUnit; right: OrientedUnit };
	};
	polysemantic: {
		name: string;
		layer: string;
		unit: number;
		/** class of each of its top-activating held-out images, counted */
		classes: { name: string; count: number }[];
		/** entropy of the kinds of thing (CLASS_KINDS) among those images: unrelated classes raise it, related ones do not */
		kindEntropyBits: number;
	};
}
