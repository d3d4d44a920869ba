// The toy widgets' pure parts: how the sliders map to settings, what the snapshots hold, and what a screen
// reader hears.
import { formatNumber } from '../../../config';
import type { PenaltyResult, ToySettings } from '../../../toy/experiments';
import { featuresRepresented, type Phase } from '../../../toy/measures';
import type { Spread, ToyResults } from '../../../toy/results';
import type { TrainedToy } from '../../../toy/superposition';

/** The sparsity slider moves in steps of feature density 1 − S on a log scale: 1, 0.79, 0.63, …, 0.01. */
export const SPARSITY_STEPS = 20;
export const sparsityAt = (position: number) => Number((1 - 10 ** (-position / 10)).toFixed(3));
export const sparsityPosition = (sparsity: number) => Math.max(0, Math.min(SPARSITY_STEPS, Math.round(-10 * Math.log10(Math.max(1e-6, 1 - sparsity)))));

export const formatSparsity = (s: number) => `${formatNumber(s)} (${Math.round((1 - s) * 1000) / 10}% present)`;
export const formatPenalty = (p: number) => (p === 0 ? 'off' : String(p));

export interface SuperpositionSnapshot {
	settings: ToySettings;
	model: TrainedToy;
	sweep: PenaltyResult[];
	/** the build-time measures the article quotes */
	sparsity: ToyResults['sparsity'];
	penalty: ToyResults['penalty'];
}

export interface PhaseSnapshot {
	density: number[];
	relativeImportance: number[];
	rows: { phase: Phase }[][];
}

export const sameSettings = (a: ToySettings, b: ToySettings) => a.n === b.n && a.sparsity === b.sparsity && a.importance === b.importance && a.seed === b.seed;

export function describeModel(settings: ToySettings, W: number[][] | null, loss: number | null): string {
	const what = `${settings.n} features, sparsity ${formatNumber(settings.sparsity)}, importance ${formatNumber(settings.importance)}^i, seed ${settings.seed}`;
	if (!W) return `${what}: training…`;
	return `${what}: ${featuresRepresented(W)} of ${settings.n} features represented in 2 dimensions; loss ${formatNumber(loss ?? NaN, 4)}.`;
}

export function describePenalty(result: PenaltyResult | null, unpenalised: PenaltyResult | null): string {
	if (!result) return 'Training the penalty sweep…';
	const neurons = result.polysemanticity.map((p) => formatNumber(p, 1)).join(' and ');
	const cost = unpenalised && result.penalty > 0 ? `, ${formatNumber(result.loss / unpenalised.loss, 2)} times the loss without it` : '';
	return `Penalty ${formatPenalty(result.penalty)}: the neurons read ${neurons} features each; ${result.features} features represented; loss ${formatNumber(result.loss, 4)}${cost}.`;
}

export const formatSpread = (s: Spread, digits = 0) => (s.min === s.max ? formatNumber(s.median, digits) : `${formatNumber(s.median, digits)} (${formatNumber(s.min, digits)}–${formatNumber(s.max, digits)})`);
