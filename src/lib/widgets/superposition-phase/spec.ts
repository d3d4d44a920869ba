// The phase diagram of the toy model: 2 features in 1 dimension, over sparsity and relative importance.
import { integerParam, type WidgetSpec } from '../kit/spec';
import { PHASE_GRID } from '../../toy/experiments';

const range = (values: readonly number[]) => `${values[0]} to ${values.at(-1)}`;

export interface SuperpositionPhaseState {
	seed: number;
}

export const spec: WidgetSpec<SuperpositionPhaseState> = {
	slug: 'superposition-phase',
	title: 'The phase change of superposition, computed live',
	// the figure's own caption says what its build-time diagram shows (snapshot.server.ts); this one, where it has none
	caption:
		`What to look at: where the red cells (both features in superposition) take over as features ` +
		`grow sparse. Two features share one dimension; down the rows their density falls from ` +
		`${range(PHASE_GRID.density)}, across the columns the second grows from ` +
		`${range(PHASE_GRID.relativeImportance)} times as important as the first.`,
	urlPrefix: 'phase.',
	params: { seed: integerParam(1, 0, 9999, 'random seed for the starting weights, a whole number from 0 to 9999') },
	parts: ['caption', 'controls', 'legend', 'description'],
	example: 'seed=7',
	usesTrainedModel: false
};
