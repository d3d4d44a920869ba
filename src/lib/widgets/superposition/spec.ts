// The toy model of superposition trained live: n features in 2 dimensions, and the polysemanticity penalty.
import type { WidgetSpec } from '../kit/spec';
import { TRAINING } from '../../toy/experiments';
import { TOY_PARAMS, type SuperpositionState } from '../parts/toy/params';

export type { SuperpositionState };
export { N_RANGE } from '../parts/toy/params';

export const spec: WidgetSpec<SuperpositionState> = {
	slug: 'superposition',
	title: 'Superposition, trained live',
	caption:
		`What to look at: the arrows crowding into the plane as you drag the sparsity slider up. The toy model of Elhage et al. (2022), trained in your browser: n features pass through 2 dimensions and back, x′ = ReLU(WᵀWx + b), each feature weighing less in the loss than the one before. Move a slider and the model trains again from scratch (Adam, ${TRAINING.steps} steps). Each arrow is one feature’s column of W, in stronger ink the more important the feature; beside it WᵀW and the bias, red positive, blue negative. Dense features get a dimension each and the rest are dropped; as sparsity rises, more features crowd into the plane, up to a pentagon for five.`,
	urlPrefix: 'toy.',
	params: TOY_PARAMS,
	parts: ['caption', 'controls', 'arrows', 'matrix', 'loss', 'penalty', 'description'],
	example: 'sparsity=0.99&importance=0.8&n=7',
	usesTrainedModel: false
};
