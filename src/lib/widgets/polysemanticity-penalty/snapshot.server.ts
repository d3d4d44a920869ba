// The penalty sweep as npm run toy trained it, with the measures over seeds the article quotes.
import { toyResults } from '../../toy/results.server';
import { toySnapshot } from '../toy-family/snapshot.server';
import { geometricImportance } from '../../toy/superposition';
import { arrowsGrid } from '../../toy/picture.server';
import type { Picture } from '../../world/canvas.server';

export const snapshot = toySnapshot;

/** The embed thumbnail: the sweep's models, one per penalty, three to a row. */
export function thumbnail(): Picture {
	const { sweep, settings } = toyResults();
	return arrowsGrid(sweep, geometricImportance(settings.n, settings.importance), 3);
}
