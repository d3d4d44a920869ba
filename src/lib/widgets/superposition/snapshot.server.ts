// The toy widget's picture at build time: the model and the penalty sweep trained by npm run toy.
import { readFileSync } from 'node:fs';
import { checkResults, RESULTS_FILE, type ToyResults } from '../../toy/results';
import type { SuperpositionSnapshot } from './state';
import { geometricImportance } from '../../toy/superposition';
import { arrowsPicture } from '../../toy/picture.server';
import type { Picture } from '../../world/canvas.server';

let cached: ToyResults | null = null;
export const toyResults = (): ToyResults => (cached ??= checkResults(JSON.parse(readFileSync(RESULTS_FILE, 'utf8'))));

export function snapshot(): SuperpositionSnapshot {
	const r = toyResults();
	return { settings: r.settings, model: r.model, sweep: r.sweep, sparsity: r.sparsity, penalty: r.penalty };
}

/** The embed thumbnail: the trained model's feature directions. */
export function thumbnail(): Picture {
	const { model, settings } = toyResults();
	return arrowsPicture(model.W, geometricImportance(settings.n, settings.importance));
}
