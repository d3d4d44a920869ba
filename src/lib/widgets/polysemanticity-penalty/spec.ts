// The author's question as an experiment: a penalty on polysemantic neurons, and what it costs.
import type { WidgetSpec } from '../kit/spec';
import { TOY_PARAMS, type SuperpositionState } from '../parts/toy/params';

export const spec: WidgetSpec<SuperpositionState> = {
	slug: 'polysemanticity-penalty',
	title: 'What monosemanticity costs',
	caption:
		'The toy model with 2 ReLU neurons, h = ReLU(Wx), x′ = ReLU(Wᵀh + b), trained in your browser at six penalties side by side, from the same start on the same examples. The penalty adds, for each neuron, the effective number of features it reads, (Σᵢ pᵢ²)² / Σᵢ pᵢ⁴ over its positive weights pᵢ, times its weight. Move the slider to choose a penalty: the chart marks how many features each model represents (numbers: features with a positive weight path longer than 0.5) and its reconstruction loss (line); below, the chosen model’s two neurons over the features.',
	urlPrefix: 'penalty.',
	params: TOY_PARAMS,
	parts: ['caption', 'description'],
	example: 'penalty=0.03&seed=2',
	usesTrainedModel: false
};
