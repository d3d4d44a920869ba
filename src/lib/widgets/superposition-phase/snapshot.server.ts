// The phase diagram as npm run toy computed it: the picture before (or without) training it here.
import { toyResults } from '../../toy/results.server';
import { phaseCaption, type PhaseSnapshot } from './state';
import { phasePicture } from '../../toy/picture.server';
import type { Picture } from '../../world/canvas.server';

export function snapshot(): PhaseSnapshot {
	const { density, relativeImportance, rows } = toyResults().phase;
	return {
		density,
		relativeImportance,
		rows: rows.map((row) => row.map((c) => ({ phase: c.phase }))),
		caption: phaseCaption(
			rows.map((row) => row.map((c) => c.phase)),
			density
		)
	};
}

/** The embed thumbnail: the phase diagram as computed when the site was built. */
export const thumbnail = (): Picture => phasePicture(toyResults().phase.rows.map((row) => row.map((c) => c.phase)));
