// The part of the atlases the article's static figures and prose show, small enough to travel with the page.
import type { Atlas, EchoEdit, HeadsAtlas, UntunedUnit } from '../atlas/schema';
import type { EchoFinding, EchoInputSummary, InputParts } from '../atlas/measurements';
import type { Universality } from './universality';
import type { ExamplesFile } from './examples';
import { highLowLabels, LABEL_SHARE } from './labels';
import type { Replication, Spread } from './replication';

export interface CurveFamilySummary {
	model: string;
	layer: string;
	radius: number;
	largestGap: number;
	angles: number[];
	units: {
		name: string;
		preferredAngle: number;
		selectivity: number;
		lineRatio: number;
		secondLobe: number;
		tuning: number[];
		withinAngle: number;
		selective: number;
	}[];
	/**
	 * the curve-sensitive units left out of the family (a second lobe, or an angle they do not keep),
	 * and how many answer curves at all
	 */
	untuned: Pick<UntunedUnit, 'name' | 'preferredAngle' | 'secondLobe' | 'withinAngle' | 'reasons'>[];
	curveSensitive: number;
}

/**
 * Why removing the opposite early curves' negative weights does or does not make an echo:
 * the chosen sentence and the numbers behind it.
 */
export interface EchoSummary {
	finding: EchoFinding;
	/** the early curves' own echo, and the hand-set early curves' */
	earlyEcho: number;
	referenceEarlyEcho: number;
	at180: InputParts;
	riseBeforeRelu: EchoInputSummary['riseBeforeRelu'];
	afterRemoval: EchoInputSummary['afterRemoval'];
	reference: Pick<EchoInputSummary, 'at180' | 'riseBeforeRelu' | 'afterRemoval'>;
}

export interface AtlasSummary {
	model: string;
	heldoutAccuracy: number;
	heldoutStyleAccuracy: number;
	classes: string[];
	curves: CurveFamilySummary & {
		evaluation: {
			conditions: number;
			unitsKeepingAngle: number;
			unitsSelective: number;
			gap: number;
			gapDark: number;
			gapLight: number;
			gapCentred: number;
			gapMoved: number;
			worstCentredWithinAngle: number;
		};
		/** the same layer and radius over network a's trainings, and in untrained networks */
		replicated: ReplicatedFamily;
	};
	earlyCurves: { layer: string; units: number };
	circuit: {
		expectedSignFraction: number;
		same: number;
		sameExcitatory: number;
		opposite: number;
		oppositeInhibitory: number;
	};
	echoes: Omit<EchoEdit, 'tuningAfter'>[];
	echo: EchoSummary;
	highLow: {
		layer: string;
		units: number;
		largestGap: number;
		edgeWins: number;
		edgeRatio: number | null;
		/** how many keep the label on their pages: strong enough (labelShare of the best scene), above the plain edge, both */
		labels: ReturnType<typeof highLowLabels> & { labelShare: number };
	};
	heads: Omit<HeadsAtlas, 'edges' | 'inhibitoryEdges' | 'sources' | 'unionEdges' | 'example'> & {
		inhibitoryEdges: number;
		sources: { left: number; right: number };
	};
	polysemantic: Atlas['polysemantic'];
	/** the second network's curve family, and what the two share */
	second: { model: string; heldoutAccuracy: number; curves: CurveFamilySummary };
	universality: Universality;
	/** every headline number over network a's trainings and over the untrained networks (replication.json) */
	headlines: Replication['headlines'];
	trainings: number;
}

/** A network's curve family as the figures draw it, with how each unit held up on the evaluation stimuli. */
/** The shown family's layer and radius over network a's trainings, beside the untrained networks. */
export interface ReplicatedFamily {
	trainings: number;
	kept: Spread;
	evaluationGap: Spread;
	/** the most units any untrained network keeps there */
	untrainedKept: number;
}

function replicatedFamily(replication: Replication, layer: string, radius: number): ReplicatedFamily {
	const row = replication.rows.find((r) => r.layer === layer && r.radius === radius);
	if (!row) throw new Error(`replication.json has no row for ${layer} at radius ${radius}: run npm run analyze`);
	return {
		trainings: replication.networks.filter((n) => n.trained).length,
		kept: row.kept,
		evaluationGap: row.evaluationGap,
		untrainedKept: row.untrained.kept
	};
}

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
			secondLobe: u.secondLobe ?? 0,
			tuning: u.tuning,
			withinAngle: evaluated.get(u.name)!.withinAngle,
			selective: evaluated.get(u.name)!.selective
		})),
		untuned: atlas.curves.untuned.map((u) => ({
			name: u.name,
			preferredAngle: u.preferredAngle,
			secondLobe: u.secondLobe,
			withinAngle: u.withinAngle,
			reasons: u.reasons
		})),
		curveSensitive: atlas.curves.units.length + atlas.curves.untuned.length
	};
}

export function echoSummary(atlas: Atlas): EchoSummary {
	const m = atlas.curveCircuit.echoMechanism;
	return {
		finding: m.finding,
		earlyEcho: m.earlyEcho.median,
		referenceEarlyEcho: m.reference.earlyEcho,
		at180: m.at180,
		riseBeforeRelu: m.riseBeforeRelu,
		afterRemoval: m.afterRemoval,
		reference: {
			at180: m.reference.at180,
			riseBeforeRelu: m.reference.riseBeforeRelu,
			afterRemoval: m.reference.afterRemoval
		}
	};
}

export function summarize(
	atlas: Atlas,
	second: Atlas,
	universality: Universality,
	examples: ExamplesFile,
	replication: Replication
): AtlasSummary {
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
				gap: e.largestGap,
				gapDark: e.largestGapByPolarity.dark,
				gapLight: e.largestGapByPolarity.light,
				gapCentred: e.largestGapByPosition.centred,
				gapMoved: e.largestGapByPosition.moved,
				worstCentredWithinAngle: e.worstCentredWithinAngle
			},
			replicated: replicatedFamily(replication, atlas.curves.layer, atlas.stimuli.curveRadius)
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
		echo: echoSummary(atlas),
		highLow: {
			layer: atlas.highLow.layer,
			units: atlas.highLow.units.length,
			largestGap: atlas.highLow.largestGap,
			edgeWins: atlas.highLow.evaluation.edgeWins,
			edgeRatio: atlas.highLow.evaluation.edgeRatio.median,
			labels: { ...highLowLabels(atlas, examples), labelShare: LABEL_SHARE }
		},
		heads: {
			...heads,
			inhibitoryEdges: inhibitoryEdges.length,
			sources: { left: sources.left.length, right: sources.right.length }
		},
		polysemantic: atlas.polysemantic,
		second: { model: second.model, heldoutAccuracy: second.heldoutAccuracy, curves: curveFamilySummary(second) },
		universality,
		headlines: replication.headlines,
		trainings: replication.networks.filter((n) => n.trained).length
	};
}
