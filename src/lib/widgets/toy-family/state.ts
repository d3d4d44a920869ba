// The toy widgets' shared pure parts: what the superposition and penalty snapshots hold, when settings are
// the same model, and what a screen reader hears of the penalty sweep (shown by both).
import { formatNumber } from '../../config';
import type { PenaltyResult, ToySettings } from '../../toy/experiments';
import type { ToyResults } from '../../toy/results';
import type { TrainedToy } from '../../toy/types';

export const formatPenalty = (p: number) => (p === 0 ? 'off' : String(p));

export interface SuperpositionSnapshot {
	settings: ToySettings;
	model: TrainedToy;
	sweep: PenaltyResult[];
	/** the build-time measures the article quotes */
	sparsity: ToyResults['sparsity'];
	penalty: ToyResults['penalty'];
}

export const sameSettings = (a: ToySettings, b: ToySettings) =>
	a.n === b.n && a.sparsity === b.sparsity && a.importance === b.importance && a.seed === b.seed;

export function describePenalty(result: PenaltyResult | null, unpenalised: PenaltyResult | null): string {
	if (!result) return 'Training the penalty sweep…';
	const neurons = result.polysemanticity.map((p) => formatNumber(p, 1)).join(' and ');
	const cost =
		unpenalised && result.penalty > 0
			? `, ${formatNumber(result.loss / unpenalised.loss, 2)} times the loss without it`
			: '';
	return (
		`Penalty ${formatPenalty(result.penalty)}: the neurons read ${neurons} features each; ` +
		`${result.features} features represented; loss ${formatNumber(result.loss, 4)}${cost}.`
	);
}
