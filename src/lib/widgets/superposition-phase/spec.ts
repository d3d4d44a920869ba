// The phase diagram of the toy model: 2 features in 1 dimension, over sparsity and relative importance.
import { integerParam, type WidgetSpec } from '../kit/spec';

export interface SuperpositionPhaseState {
	seed: number;
}

export const spec: WidgetSpec<SuperpositionPhaseState> = {
	slug: 'superposition-phase',
	title: 'The phase change of superposition, computed live',
	caption:
		'What to look at: the red wedge of superposition widening as features grow sparse. Two features share one dimension. Each cell is a model trained in your browser: down the rows features grow sparser (feature density 1 − S from 1 to 0.01), across the columns the second feature grows more important relative to the first (0.1 to 10). Each cell is coloured by what its model did with the two features: drop the second, give the dimension to the second, or keep both in superposition, pointing opposite ways. Each cell keeps the best of six starting points.',
	urlPrefix: 'phase.',
	params: { seed: integerParam(1, 0, 9999, 'random seed for the starting weights, a whole number from 0 to 9999') },
	parts: ['caption', 'controls', 'legend', 'description'],
	example: 'seed=7',
	usesTrainedModel: false
};
