// The numbers the editor's sentences headline, read from one network's atlas the same way for every training and
// every untrained network, so each sentence can give its spread over trainings and what chance gives beside it.
import type { Atlas } from '../atlas/schema';
import type { ExamplesFile } from './examples';
import { highLowLabels } from './labels';
import { compareAtlases } from './universality';
import { headSides } from './head-sides';

export interface Headlines {
	/** units of the high-low family, those answering the blurred boundary more than a plain edge, and those labelled */
	highLowUnits: number;
	highLowBoundary: number;
	highLowLabelled: number;
	/** the early curves' own echo (their answer 180° from their peak ÷ their peak, median) */
	earlyEcho: number;
	/** how many of the two head units the cut of the inhibition blunts */
	headsBlunted: number;
	/** against network b: clean curve units with a partner correlating at 0.8 or more, and pairs one to one */
	partners: number;
	oneToOne: number;
}

export const HEADLINE_KEYS = [
	'highLowUnits',
	'highLowBoundary',
	'highLowLabelled',
	'earlyEcho',
	'headsBlunted',
	'partners',
	'oneToOne'
] as const satisfies readonly (keyof Headlines)[];

/** One network's headline numbers; `b` is the second architecture the universality counts are read against. */
export function headlines(atlas: Atlas, examples: ExamplesFile, b: Atlas): Headlines {
	const u = compareAtlases(atlas, b);
	const h = atlas.highLow;
	return {
		highLowUnits: h.units.length,
		highLowBoundary: h.units.length - h.evaluation.edgeWins,
		highLowLabelled: highLowLabels(atlas, examples).labelled,
		earlyEcho: atlas.curveCircuit.echoMechanism.earlyEcho.median,
		headsBlunted: headSides(atlas.heads).filter((s) => s.blunted).length,
		partners: u.curves.withPartner,
		oneToOne: u.oneToOne.partners
	};
}
