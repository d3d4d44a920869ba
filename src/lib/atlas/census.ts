// The census of curve families: every layer from conv2d2 to mixed4a searched with one rule, each candidate
// (layer × radius) put through the same evaluation, and the rule that picks the family a figure shows.

/** How a candidate does on curves it was not chosen on: arcs shorter than the selection's, or another radius. */
export interface CensusProbe {
	/** degrees of arc (short arcs) or pixels (radius) */
	value: number;
	/** of the units the evaluation kept, how many keep their angle within 30° */
	keep: number;
	/** the median, over those units, of their peak there as a share of their selection peak */
	medianPeak: number;
}

/** One layer at one radius, searched and evaluated the same way as every other. */
export interface CensusRow {
	layer: string;
	radius: number;
	/** the layer's map: cells across, pixels between cells, and the width in pixels a cell sees */
	mapSize: number;
	stride: number;
	receptiveField: number;
	/** on the selection stimuli: units selective for curves and quiet for lines, and those with one lobe */
	curveSensitive: number;
	clean: number;
	/** widest gap between the clean units' preferred angles (360 with none), degrees */
	selectionGap: number;
	/** clean units that keep their angle in at least 70% of the evaluation conditions */
	kept: number;
	/** widest gap between the kept units' preferred angles on the evaluation stimuli */
	evaluationGap: number;
	/** the kept units, their preferred angles and their tunings (at TUNING_ANGLES) on the selection stimuli */
	keptUnits: { unit: number; preferredAngle: number; tuning: number[] }[];
	/** short arcs (degrees of a circle at the row's radius), the paper's kind of curve */
	shortArcs: CensusProbe[];
	/** the selection's stroke at the other radii */
	otherRadii: CensusProbe[];
	/** arcs drawn by another renderer (other pens, widths and grounds): `value` is the condition's index */
	otherRenderer: CensusProbe[];
}

export interface CurveCensus {
	/** the rule that picks the family a figure shows, in words */
	rule: string;
	rows: CensusRow[];
	/** the candidate the rule picks in this network */
	pick: { layer: string; radius: number };
}
