// The part of the atlas the article shows, small enough to travel with the page.
import type { Atlas, OrientedUnit } from './atlas';

export interface AtlasSummary {
	model: string;
	heldoutAccuracy: number;
	classes: string[];
	curves: {
		layer: string;
		radius: number;
		largestGap: number;
		angles: number[];
		units: { name: string; preferredAngle: number; selectivity: number; lineRatio: number; tuning: number[] }[];
	};
	earlyCurves: { layer: string; units: number };
	circuit: { expectedSignFraction: number; same: number; sameExcitatory: number; opposite: number; oppositeInhibitory: number };
	echoes: { before: number; after: number };
	highLow: { layer: string; units: number; largestGap: number };
	heads: { pairs: number; left: OrientedUnit; right: OrientedUnit; union: OrientedUnit; dogLeftRight: number; inhibitoryEdges: number; afterCut: { left: OrientedUnit; right: OrientedUnit } };
	polysemantic: { name: string; classes: { name: string; count: number }[] };
}

export function summarize(atlas: Atlas): AtlasSummary {
	const c = atlas.curveCircuit;
	return {
		model: atlas.model,
		heldoutAccuracy: atlas.heldoutAccuracy,
		classes: atlas.classes,
		curves: {
			layer: atlas.curves.layer,
			radius: atlas.stimuli.curveRadius,
			largestGap: atlas.curves.largestGap,
			angles: atlas.curves.angles,
			units: atlas.curves.units.map((u) => ({ name: u.name, preferredAngle: u.preferredAngle, selectivity: u.selectivity, lineRatio: u.lineRatio ?? 0, tuning: u.tuning }))
		},
		earlyCurves: { layer: atlas.earlyCurves.layer, units: atlas.earlyCurves.units.length },
		circuit: {
			expectedSignFraction: c.expectedSignFraction,
			same: c.sameOrientation.pairs,
			sameExcitatory: c.sameOrientation.excitatory,
			opposite: c.oppositeOrientation.pairs,
			oppositeInhibitory: c.oppositeOrientation.inhibitory
		},
		echoes: { before: atlas.echoes.before, after: atlas.echoes.afterDroppingNegative },
		highLow: { layer: atlas.highLow.layer, units: atlas.highLow.units.length, largestGap: atlas.highLow.largestGap },
		heads: {
			pairs: atlas.stimuli.headPairs,
			left: atlas.heads.left,
			right: atlas.heads.right,
			union: atlas.heads.union,
			dogLeftRight: atlas.heads.union.dogLogitLeftRight,
			inhibitoryEdges: atlas.heads.inhibitoryEdges.length,
			afterCut: atlas.heads.afterCut
		},
		polysemantic: { name: atlas.polysemantic.name, classes: atlas.polysemantic.classes }
	};
}
