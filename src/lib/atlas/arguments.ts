// The paper's seven arguments that a family of units detects curves, as rules measured unit by unit: what
// arguments.json holds, and each rule in words. It imports nothing of the analysis, so pages and tests can
// state the rules without loading the code that measures them.

export const ARGUMENT_KEYS = [
	'featureVis',
	'examples',
	'synthetic',
	'joint',
	'weights',
	'downstream',
	'handset'
] as const;
export type ArgumentKey = (typeof ARGUMENT_KEYS)[number];

/** How far apart, in degrees, an arc's opening and a unit's preferred angle may be and still agree. */
export const OPENING_AGREES = 45;
/** How many of a unit's strongest held-out scenes argument 2 looks at. */
export const EXAMPLE_SCENES_READ = 9;
/** Argument 2: the share of those scenes that must hold a curve at the unit's angle. */
export const EXAMPLES_SHARE = 0.5;
/** Argument 2: a drawn part counts as curved up to this many times the family's radius of curvature. */
export const CURVED_UP_TO = 3;
/** Argument 4: between a unit's peak and a neighbour's, the larger of the two (each ÷ its peak) stays this high. */
export const HANDOFF = 0.3;
/** Argument 6: how many of the strongest outgoing weights are read, and how many must reach curved objects. */
export const DOWNSTREAM_READ = 3;
export const DOWNSTREAM_NEEDED = 2;
/** Argument 6: the classes whose objects are drawn from curves alone, and the share a target's scenes need. */
export const CURVED_CLASSES = ['ball', 'rings', 'stars'] as const;
export const CURVED_SHARE = 0.5;
/** Argument 7: the least correlation with the hand-set detector turned to the unit's angle. */
export const HANDSET_CORRELATION = 0.8;

/** Each argument's name, and the rule a unit must meet to pass it. */
export const ARGUMENTS: Record<ArgumentKey, { number: number; title: string; rule: string }> = {
	featureVis: {
		number: 1,
		title: 'Feature visualization',
		rule:
			`the picture that excites the unit at the centre is answered most, of the whole family, by the unit ` +
			`itself, and its darkest arc opens within ${OPENING_AGREES}° of the unit's angle`
	},
	examples: {
		number: 2,
		title: 'Dataset examples',
		rule:
			`in at least ${EXAMPLES_SHARE * 100}% of its ${EXAMPLE_SCENES_READ} strongest held-out scenes, the world drew ` +
			`a curved stroke or boundary (radius of curvature up to ${CURVED_UP_TO}× the family's) within half a ` +
			`cell's spacing of the cell that fired most, opening within ${OPENING_AGREES}° of the unit's angle, ` +
			`and more often than at the same cells of other scenes`
	},
	synthetic: {
		number: 3,
		title: 'Synthetic curves',
		rule:
			`keeps its angle within 30° in at least 70% of the 16 evaluation conditions, and on arcs of 90°, ` +
			`shorter than the ones it was chosen on`
	},
	joint: {
		number: 4,
		title: 'Joint tuning',
		rule:
			`as a curve turns from the unit's angle to a neighbour's in the family, one of the two ` +
			`(each as a share of its own peak) answers at least ${HANDOFF}: the response is handed on, on both sides`
	},
	weights: {
		number: 5,
		title: 'Weights',
		rule:
			`from the curve units of the layer below, most weights of the same orientation excite it and most of ` +
			`the opposite orientation inhibit it (counted separately)`
	},
	downstream: {
		number: 6,
		title: 'Downstream use',
		rule:
			`of its ${DOWNSTREAM_READ} strongest weights into the next layer, at least ${DOWNSTREAM_NEEDED} reach units ` +
			`whose 50 strongest held-out scenes are mostly objects drawn from curves (${CURVED_CLASSES.join(', ')})`
	},
	handset: {
		number: 7,
		title: 'Hand-set family',
		rule:
			`its tuning over the evaluation conditions correlates at ${HANDSET_CORRELATION} or more with the ` +
			`hand-set curve detector's, turned to the unit's angle`
	}
};

export interface ArgumentResult {
	pass: boolean;
	/** the measure the rule reads (see `detail` for its unit) */
	value: number;
	/** the measure in words, short enough for a table cell */
	detail: string;
}

export interface UnitArguments {
	unit: number;
	name: string;
	preferredAngle: number;
	/** its peak on the selection curves as a share of its best held-out scene */
	peakShare: number;
	/** its tuning on the selection curves, at FamilyArguments.angles */
	tuning: number[];
	results: Record<ArgumentKey, ArgumentResult>;
}

export interface FamilyArguments {
	/** the figures' family (where the declared rule picks), or the family in the layer named like the paper's */
	role: 'figures' | 'paper';
	layer: string;
	radius: number;
	/** the angles the units' tuning curves are sampled at */
	angles: number[];
	units: UnitArguments[];
	/** per argument, how many of the units pass */
	passing: Record<ArgumentKey, number>;
	/** arguments not read for this network (the first, where no pictures were grown for it) */
	unread: ArgumentKey[];
	/** what the arguments are read against */
	baselines: {
		/** argument 2: the share of other scenes holding such a curve at the same cells, median over units */
		examplesElsewhere: number;
		/** argument 6: of every unit of the next layer, the share whose strongest scenes are mostly curved objects */
		curvedTargets: number;
		nextLayer: string;
		/** argument 5: the layer below and its curve units */
		layerBelow: string;
		curveUnitsBelow: number;
	};
}

export interface ArgumentsFile {
	model: string;
	families: FamilyArguments[];
}

/** A family by its role, as the arguments' tables name it. */
export const familyTitle = (f: Pick<FamilyArguments, 'layer' | 'radius' | 'role'>) =>
	`${f.layer}, curves of radius ${f.radius} px: ${f.role === 'figures' ? "the family the declared rule picks, which the notes' figures show" : "the family in the paper's layer"}`;

/** The arguments as a unit's page shows them: its family, and its result for each. */
export interface UnitArgumentsRecord {
	family: string;
	results: Record<ArgumentKey, ArgumentResult>;
}

/** Each unit of the file's families, by name, with its family and results. */
export function argumentsByUnit(file: ArgumentsFile): Map<string, UnitArgumentsRecord> {
	return new Map(
		file.families.flatMap((f) =>
			f.units.map(
				(u) =>
					[
						u.name,
						{
							family: `${f.role === 'figures' ? "the figures' curve family" : "the curve family in the paper's layer"} (${f.layer}, curves of radius ${f.radius} px)`,
							results: u.results
						}
					] as const
			)
		)
	);
}
