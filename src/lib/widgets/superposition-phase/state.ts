// The phase diagram's pure parts: what its snapshot holds, and its caption, said from what it shows.
import { formatNumber } from '../../config';
import { superpositionBelow, type Phase } from '../../toy/measures';

export interface PhaseSnapshot {
	density: number[];
	relativeImportance: number[];
	rows: { phase: Phase }[][];
	/** the caption, as what the diagram computed when the site was built shows */
	caption: string;
}

/**
 * What to look at in a phase diagram, in words, from what it shows: where superposition takes over, and how much
 * of it.
 */
export function phaseCaption(rows: Phase[][], density: number[]): string {
	const { row, counts } = superpositionBelow(rows);
	const total = rows.flat().length;
	const where =
		row === null
			? `red (superposition) covers ${counts.superpose} of ${total} cells`
			: `below a feature density of about ` +
				`${formatNumber(density[row], density[row] < 0.1 ? 2 : 1)}, red (superposition) takes ` +
				`nine cells in ten of every row, whichever feature matters more`;
	return (
		`What to look at: ${where}. Denser features are not superposed: the model drops the second ` +
		`(blue, ${counts.ignore} cells) or gives it the dimension (grey, ${counts.dedicate}). Each cell ` +
		`is a model, trained at build time or, on request, here.`
	);
}
