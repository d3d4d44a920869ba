// The author's question as an experiment: a penalty on polysemantic neurons, and what it costs.
import type { WidgetSpec } from '../kit/spec';
import { TOY_PARAMS, type SuperpositionState } from '../toy-family/params';

export const spec: WidgetSpec<SuperpositionState> = {
	slug: 'polysemanticity-penalty',
	title: 'What monosemanticity costs',
	caption:
		'What to look at: the loss line rising as the penalty grows, and the number of features ' +
		'represented, which falls at the strongest penalties. Six toy models with 2 ReLU neurons and ' +
		'5 features, trained side by side from one start, each with its own weight on a penalty that ' +
		'counts the features each neuron reads.',
	urlPrefix: 'penalty.',
	params: TOY_PARAMS,
	parts: ['caption', 'description'],
	example: 'penalty=0.03&seed=2',
	usesTrainedModel: false
};
