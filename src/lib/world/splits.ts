// The world's splits: what the network trains on, what it is tested on, and a drawing style it never sees.
import { CLASSES, type ClassName } from './classes';
import { HELDOUT_STYLE, TRAINING_STYLE } from './heads';
import type { DrawingStyle } from './placement';

export interface WorldSplit {
	seed: number;
	count: number;
	style: DrawingStyle;
	classes: readonly ClassName[];
}

/** The classes a held-out drawing style changes: the animals' heads. */
export const HEAD_CLASSES: readonly ClassName[] = ['dog', 'cat', 'chimera'];

export const WORLD_SPLITS = {
	train: { seed: 1, count: 30_000, style: TRAINING_STYLE, classes: CLASSES },
	heldout: { seed: 2, count: 3_000, style: TRAINING_STYLE, classes: CLASSES },
	/** dogs, cats and chimeras drawn with other proportions and coats: never trained on */
	'heldout-style': { seed: 4, count: 1_500, style: HELDOUT_STYLE, classes: HEAD_CLASSES }
} satisfies Record<string, WorldSplit>;
