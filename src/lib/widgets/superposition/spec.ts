// The toy model of superposition trained live: n features in 2 dimensions, and the polysemanticity penalty.
import { integerParam, type Param, type Params, type WidgetSpec } from '../kit/spec';
import { DEFAULT_SETTINGS } from '../../toy/results';
import { TRAINING, type ToySettings } from '../../toy/experiments';

export type SuperpositionState = ToySettings;

export const numberParam = (fallback: number, min: number, max: number, doc: string): Param<number> => ({
	default: fallback,
	parse(text) {
		const value = Number(text);
		if (text === '' || !Number.isFinite(value) || value < min || value > max) throw new Error(`must be a number from ${min} to ${max}`);
		return value;
	},
	format: (v) => String(Number(v.toFixed(4))),
	doc
});

export const N_RANGE = { min: 2, max: 8 } as const;

/** The toy widgets' shared parameters (this one, and the penalty experiment on its own). */
export const TOY_PARAMS: Params<ToySettings> = {
	n: integerParam(DEFAULT_SETTINGS.n, N_RANGE.min, N_RANGE.max, `number of features, a whole number from ${N_RANGE.min} to ${N_RANGE.max}`),
	sparsity: numberParam(DEFAULT_SETTINGS.sparsity, 0, 0.99, 'probability that a feature is zero, from 0 to 0.99'),
	importance: numberParam(DEFAULT_SETTINGS.importance, 0.5, 1, 'importance decay: feature i weighs importance^i, from 0.5 to 1'),
	seed: integerParam(DEFAULT_SETTINGS.seed, 0, 9999, 'random seed for the examples and the starting weights, a whole number from 0 to 9999'),
	penalty: numberParam(DEFAULT_SETTINGS.penalty, 0, 1, 'weight of the polysemanticity penalty in the loss, from 0 to 1')
};

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
