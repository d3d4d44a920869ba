// The toy widgets' shared parameters: the settings of the models they train (the superposition widget's,
// and the penalty experiment's on its own).
import { integerParam, type Param, type Params } from '../kit/spec';
import { DEFAULT_SETTINGS } from '../../toy/results';
import { TRAINING, type ToySettings } from '../../toy/experiments';

export type SuperpositionState = ToySettings;

export const numberParam = (fallback: number, min: number, max: number, doc: string): Param<number> => ({
	default: fallback,
	parse(text) {
		const value = Number(text);
		if (text === '' || !Number.isFinite(value) || value < min || value > max)
			throw new Error(`must be a number from ${min} to ${max}`);
		return value;
	},
	format: (v) => String(Number(v.toFixed(4))),
	doc
});

export const N_RANGE = { min: 2, max: 8 } as const;

/** The parameters every toy widget takes. */
export const TOY_PARAMS: Params<ToySettings> = {
	n: integerParam(
		DEFAULT_SETTINGS.n,
		N_RANGE.min,
		N_RANGE.max,
		`number of features, a whole number from ${N_RANGE.min} to ${N_RANGE.max}`
	),
	sparsity: numberParam(DEFAULT_SETTINGS.sparsity, 0, 0.99, 'probability that a feature is zero, from 0 to 0.99'),
	importance: numberParam(
		DEFAULT_SETTINGS.importance,
		0.5,
		1,
		'importance decay: feature i weighs importance^i, from 0.5 to 1'
	),
	seed: integerParam(
		DEFAULT_SETTINGS.seed,
		0,
		9999,
		'random seed for the examples and the starting weights, a whole number from 0 to 9999'
	),
	penalty: numberParam(DEFAULT_SETTINGS.penalty, 0, 1, 'weight of the polysemanticity penalty in the loss, from 0 to 1')
};
