// The part of the atlases the article's static figures and prose show, small enough to travel with the page.
import type { Atlas, EchoEdit, HeadsAtlas } from './atlas';
import type { Universality } from './universality';

export interface CurveFamilySummary {
	model: string;
	layer: string;
	radius: number;
	largestGap: number;
	angles: number[];
	units: { name: string; preferredAngle: number; selectivity: number; lineRatio: number; tuning: number[]; withinAngle: number; selective: number }[];
}

export interface AtlasSummary {
	model: string;
	heldoutAccuracy: number;
	heldoutStyleAccuracy: number;
	classes: string[];
	curves: CurveFamilySummary & {
		evaluation: { conditions: number; unitsKeepingAngle: number; unitsSelective: number; gapDark: number; gapLight: number; gapCentred: number; gapMoved: number };
	};
	earlyCurves: { layer: string; units: number };
	circuit: { expectedSignFraction: number; same: number; sameExcitatory: number; opposite: number; oppositeInhibitory: number };
	echoes: Omit<EchoEdit, 'tuningAfter'>[];
	highLow: { layer: string; units: number; largestGap: number };
	heads: Omit<HeadsAtlas, 'edges' | 'inhibitoryEdges' | 'sources' | 'unionEdges' | 'example'> & { inhibitoryEdges: number; sources: { left: number; right: number } };
	polysemantic: Atlas['polysemantic'];
	/** the second network's curve family, and what the two share */
	second: { model: string; heldoutAccuracy: number; curves: CurveFamilySummary };
	universality: Universality;
}

/** A network's curve family as the figures draw it, with how each unit held up on the evaluation stimuli. */
export function curveFamilySummary(atlas: Atlas): CurveFamilySummary {
	const evaluated = new Map(atlas.curves.evaluation.units.map((u) => [u.name, u]));
	return {
		model: atlas.model,
		layer: atlas.curves.layer,
		radius: atlas.stimuli.curveRadius,
		largestGap: atlas.curves.largestGap,
		angles: atlas.curves.angles,
		units: atlas.curves.units.map((u) => ({
			name: u.name,
			preferredAngle: u.preferredAngle,
			selectivity: u.selectivity,
			lineRatio: u.lineRatio ?? 0,
			tuning: u.tuning,
			withinAngle: evaluated.get(u.name)!.withinAngle,
			selective: evaluated.get(u.name)!.selective
		}))
	};
}

export function summarize(atlas: Atlas, second: Atlas, universality: Universality): AtlasSummary {
	const c = atlas.curveCircuit;
	const e = atlas.curves.evaluation;
	const { edges, inhibitoryEdges, sources, unionEdges, example, ...heads } = atlas.heads;
	return {
		model: atlas.model,
		heldoutAccuracy: atlas.heldoutAccuracy,
		heldoutStyleAccuracy: atlas.heldoutStyleAccuracy,
		classes: atlas.classes,
		curves: {
			...curveFamilySummary(atlas),
			evaluation: {
				conditions: e.conditions.length,
				unitsKeepingAngle: e.unitsKeepingAngle,
				unitsSelective: e.unitsSelective,
				gapDark: e.largestGapByPolarity.dark,
				gapLight: e.largestGapByPolarity.light,
				gapCentred: e.largestGapByPosition.centred,
				gapMoved: e.largestGapByPosition.moved
			}
		},
		earlyCurves: { layer: atlas.earlyCurves.layer, units: atlas.earlyCurves.units.length },
		circuit: {
			expectedSignFraction: c.expectedSignFraction,
			same: c.sameOrientation.pairs,
			sameExcitatory: c.sameOrientation.excitatory,
			opposite: c.oppositeOrientation.pairs,
			oppositeInhibitory: c.oppositeOrientation.inhibitory
		},
		echoes: atlas.echoes.map(({ tuningAfter, ...rest }) => rest),
		highLow: { layer: atlas.highLow.layer, units: atlas.highLow.units.length, largestGap: atlas.highLow.largestGap },
		heads: { ...heads, inhibitoryEdges: inhibitoryEdges.length, sources: { left: sources.left.length, right: sources.right.length } },
		polysemantic: atlas.polysemantic,
		second: { model: second.model, heldoutAccuracy: second.heldoutAccuracy, curves: curveFamilySummary(second) },
		universality
	};
}
