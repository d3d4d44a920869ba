// The toy widget's picture at build time: the model and the penalty sweep trained by npm run toy.
import { toyResults } from '../../toy/results.server';
import { toySnapshot } from '../toy-family/snapshot.server';
import { geometricImportance } from '../../toy/superposition';
import { arrowsPicture } from '../../toy/picture.server';
import type { Picture } from '../../world/canvas.server';

export const snapshot = toySnapshot;

/** The embed thumbnail: the trained model's feature directions. */
export function thumbnail(): Picture {
	const { model, settings } = toyResults();
	return arrowsPicture(model.W, geometricImportance(settings.n, settings.importance));
}
