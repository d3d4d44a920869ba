// The toy model of superposition trained live: n features in 2 dimensions, and the polysemanticity penalty.
import type { WidgetSpec } from '../kit/spec';
import { TRAINING } from '../../toy/experiments';
import { TOY_PARAMS, type SuperpositionState } from '../toy-family/params';

export type { SuperpositionState };
export { N_RANGE } from '../toy-family/params';

export const spec: WidgetSpec<SuperpositionState> = {
	slug: 'superposition',
	title: 'Superposition, trained live',
	caption:
		`What to look at: the arrows crowding into the plane as the sparsity slider goes up. The toy ` +
		`model of Elhage et al. (2022), retrained in your browser at each change (Adam, ` +
		`${TRAINING.steps} steps): n features pass through 2 dimensions and back, x′ = ReLU(WᵀWx + ` +
		`b). Each arrow is a feature’s column of W, stronger the more important.`,
	urlPrefix: 'toy.',
	params: TOY_PARAMS,
	parts: ['caption', 'controls', 'arrows', 'matrix', 'loss', 'penalty', 'description'],
	example: 'sparsity=0.99&importance=0.8&n=7',
	usesTrainedModel: false
};
