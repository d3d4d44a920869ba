// Measures a trained network's features and circuits and assembles its atlas.
import type { Model } from '../model/types';
import type { ModelInfo } from '../model/architecture';
import { roundDeep } from '../measure/measures';
import { probe } from '../measure/probe';
import { SELECTION } from '../measure/curve-stimuli';
import type { Atlas } from '../atlas/schema';
import type { Tf } from './common';
import { analyzeCurves, type FamilyPlace } from './curves';
import { curveCensus } from './census';
import { analyzeHighLow } from './highlow';
import { analyzeHeads, HEAD_PAIRS } from './heads';
import { analyzePolysemantic, POLYSEMANTIC_IMAGES } from './polysemantic';
import { examplesFile, topScenes, type ExamplesFile } from './examples';

/** Where a network's figures read its family; the second network and the replicas are read at the first's. */
export const familyPlace = (atlas: Atlas): FamilyPlace => ({
	layer: atlas.curves.layer,
	radius: atlas.stimuli.curveRadius
});

/**
 * The atlas of a network, and its dataset examples (written beside it). Its curve family is read where the
 * census's rule picks in this network, or at `place` (another network's pick, to compare like with like).
 */
export function analyze(
	tf: Tf,
	model: Model & { info: ModelInfo },
	name: string,
	log: (line: string) => void = () => {},
	place?: FamilyPlace
): { atlas: Atlas; examples: ExamplesFile } {
	const p = probe(tf, model);
	const census = curveCensus(tf, model, p, log);
	const {
		radius,
		curves: family,
		earlyCurves,
		curveCircuit,
		echoes
	} = analyzeCurves(tf, model, p, place ?? census.pick, census.rows, log);
	const curves = { ...family, census };
	log('high-low frequency');
	const highLow = analyzeHighLow(tf, model, p);
	log('heads');
	const heads = analyzeHeads(tf, model, p);
	log('dataset examples and the polysemantic unit');
	const top = topScenes(tf, model);
	const polysemantic = analyzePolysemantic(top);
	const atlas = roundDeep({
		model: name,
		version: 3,
		classes: model.classes,
		heldoutAccuracy: model.info.training.heldoutAccuracy,
		heldoutStyleAccuracy: model.info.training.heldoutStyleAccuracy,
		stimuli: {
			curveRadius: radius,
			selection: SELECTION,
			headPairs: HEAD_PAIRS,
			polysemanticImages: POLYSEMANTIC_IMAGES
		},
		curves,
		earlyCurves,
		curveCircuit,
		echoes,
		highLow,
		heads,
		polysemantic
	} satisfies Atlas);
	return { atlas, examples: examplesFile(top, name) };
}
