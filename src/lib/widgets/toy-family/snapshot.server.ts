// The toy widgets' picture at build time: the model and the penalty sweep that npm run toy trained.
import { toyResults } from '../../toy/results.server';
import type { SuperpositionSnapshot } from './state';

export function toySnapshot(): SuperpositionSnapshot {
	const r = toyResults();
	return { settings: r.settings, model: r.model, sweep: r.sweep, sparsity: r.sparsity, penalty: r.penalty };
}
