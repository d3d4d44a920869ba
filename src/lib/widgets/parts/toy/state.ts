// The toy widgets' pure parts: how the sliders map to settings, what the snapshots hold, and what a screen
// reader hears.
import { formatNumber } from '../../../config';
import type { PenaltyResult, ToySettings } from '../../../toy/experiments';
import { featuresRepresented, superpositionBelow, type Phase } from '../../../toy/measures';
import type { Spread, ToyResults } from '../../../toy/results';
import type { TrainedToy } from '../../../toy/types';

/** The sparsity slider moves in steps of feature density 1 − S on a log scale: 1, 0.79, 0.63, …, 0.01. */
export const SPARSITY_STEPS = 20;
export const sparsityAt = (position: number) => Number((1 - 10 ** (-position / 10)).toFixed(3));
export const sparsityPosition = (sparsity: number) =>
	Math.max(0, Math.min(SPARSITY_STEPS, Math.round(-10 * Math.log10(Math.max(1e-6, 1 - sparsity)))));

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
	/** the caption, as what the diagram computed when the site was built shows */
	caption: string;
}

/** What to look at in a phase diagram, in words, from what it shows: where superposition takes over, and how much of it. */
export function phaseCaption(rows: Phase[][], density: number[]): string {
	const { row, counts } = superpositionBelow(rows);
	const total = rows.flat().length;
	const where =
		row === null
			? `red (superposition) covers ${counts.superpose} of ${total} cells`
			: `below a feature density of about ${formatNumber(density[row], density[row] < 0.1 ? 2 : 1)}, red (superposition) takes nine cells in ten of every row, whichever feature matters more`;
	return `What to look at: ${where}. Denser features are not superposed: the model drops the second (blue, ${counts.ignore} cells) or gives it the dimension (grey, ${counts.dedicate}). Each cell is a model, trained at build time or, on request, here.`;
}

export const sameSettings = (a: ToySettings, b: ToySettings) =>
	a.n === b.n && a.sparsity === b.sparsity && a.importance === b.importance && a.seed === b.seed;

export function describeModel(settings: ToySettings, W: number[][] | null, loss: number | null): string {
	const what = `${settings.n} features, sparsity ${formatNumber(settings.sparsity)}, importance ${formatNumber(settings.importance)}^i, seed ${settings.seed}`;
	if (!W) return `${what}: training…`;
	return `${what}: ${featuresRepresented(W)} of ${settings.n} features represented in 2 dimensions; loss ${formatNumber(loss ?? NaN, 4)}.`;
}

export function describePenalty(result: PenaltyResult | null, unpenalised: PenaltyResult | null): string {
	if (!result) return 'Training the penalty sweep…';
	const neurons = result.polysemanticity.map((p) => formatNumber(p, 1)).join(' and ');
	const cost =
		unpenalised && result.penalty > 0
			? `, ${formatNumber(result.loss / unpenalised.loss, 2)} times the loss without it`
			: '';
	return `Penalty ${formatPenalty(result.penalty)}: the neurons read ${neurons} features each; ${result.features} features represented; loss ${formatNumber(result.loss, 4)}${cost}.`;
}

export const formatSpread = (s: Spread, digits = 0) =>
	s.min === s.max
		? formatNumber(s.median, digits)
		: `${formatNumber(s.median, digits)} (${formatNumber(s.min, digits)}–${formatNumber(s.max, digits)})`;
