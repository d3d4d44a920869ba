// The phase diagram as npm run toy computed it: the picture before (or without) training it here.
import { toyResults } from '../superposition/snapshot.server';
import type { PhaseSnapshot } from '../superposition/state';

export function snapshot(): PhaseSnapshot {
	const { density, relativeImportance, rows } = toyResults().phase;
	return { density, relativeImportance, rows: rows.map((row) => row.map((c) => ({ phase: c.phase }))) };
}
