// The superposition widget's pure parts: how the sparsity slider maps to sparsity, and what a screen reader
// hears of the model.
import { formatNumber } from '../../config';
import type { ToySettings } from '../../toy/experiments';
import { featuresRepresented } from '../../toy/measures';

/** The sparsity slider moves in steps of feature density 1 − S on a log scale: 1, 0.79, 0.63, …, 0.01. */
export const SPARSITY_STEPS = 20;
export const sparsityAt = (position: number) => Number((1 - 10 ** (-position / 10)).toFixed(3));
export const sparsityPosition = (sparsity: number) =>
	Math.max(0, Math.min(SPARSITY_STEPS, Math.round(-10 * Math.log10(Math.max(1e-6, 1 - sparsity)))));

export const formatSparsity = (s: number) => `${formatNumber(s)} (${Math.round((1 - s) * 1000) / 10}% present)`;

export function describeModel(settings: ToySettings, W: number[][] | null, loss: number | null): string {
	const what =
		`${settings.n} features, sparsity ${formatNumber(settings.sparsity)}, importance ` +
		`${formatNumber(settings.importance)}^i, seed ${settings.seed}`;
	if (!W) return `${what}: training…`;
	return (
		`${what}: ${featuresRepresented(W)} of ${settings.n} features represented in 2 dimensions; loss ` +
		`${formatNumber(loss ?? NaN, 4)}.`
	);
}
