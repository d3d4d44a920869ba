// The penalty sweep as npm run toy trained it, with the measures over seeds the article quotes.
import { snapshot as toySnapshot } from '../superposition/snapshot.server';

export const snapshot = toySnapshot;
