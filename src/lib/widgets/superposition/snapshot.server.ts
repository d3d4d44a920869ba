// The toy widget's picture at build time: the model and the penalty sweep trained by npm run toy.
import { readFileSync } from 'node:fs';
import { checkResults, RESULTS_FILE, type ToyResults } from '../../toy/results';
import type { SuperpositionSnapshot } from './state';

let cached: ToyResults | null = null;
export const toyResults = (): ToyResults => (cached ??= checkResults(JSON.parse(readFileSync(RESULTS_FILE, 'utf8'))));

export function snapshot(): SuperpositionSnapshot {
	const r = toyResults();
	return { settings: r.settings, model: r.model, sweep: r.sweep, sparsity: r.sparsity, penalty: r.penalty };
}
