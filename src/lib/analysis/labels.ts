// When a unit earns a family's name on its page: its answer to the family's stimulus must be a fair share of its
// answer to the world's scenes, and a high-low unit must answer the blurred-sharp boundary more than a plain edge
// of the same contrast. A unit that answers nothing in the world says so instead.
import type { Atlas } from '../atlas/schema';
import type { ExamplesFile } from './examples';
import { unitName, type UnitRef } from '../unit';

/**
 * A family label needs the unit's response to the family's stimulus (the peak of the tuning curve its page plots,
 * or its mean over the heads it prefers) to reach this share of its strongest held-out scene: a unit whose best curve gives a fifth
 * of what a scene gives it is mostly about something else.
 */
export const LABEL_SHARE = 0.25;

/** The family a label names. */
export type LabelledFamily = 'curve' | 'early curve' | 'high-low' | 'dog head';

export interface Strength {
	family: LabelledFamily;
	/** the unit's response to the family's stimulus, and to its strongest held-out scene */
	response: number;
	best: number;
	/** response ÷ best (0 when it never fires) */
	share: number;
	/**
	 * high-low only, on the evaluation's textures at its blur: the boundary at the unit's angle, and the plain edge of
	 * the same contrast (the stronger polarity)
	 */
	boundary?: number;
	plainEdge?: number;
	/** whether the label holds: share ≥ LABEL_SHARE, and for high-low the boundary above the plain edge */
	labelled: boolean;
}

/** A unit's strongest answer to any held-out scene searched (its maximum over the map); 0 if it never fires. */
export function bestScene(examples: ExamplesFile, unit: UnitRef): number {
	return Math.max(0, examples.layers[unit.layer]?.units[unit.unit]?.[0]?.activation ?? 0);
}

/** Whether a unit stays at 0 on every held-out scene searched. */
export const neverFires = (examples: ExamplesFile, unit: UnitRef) => bestScene(examples, unit) <= 0;

function strength(
	examples: ExamplesFile,
	unit: UnitRef,
	family: LabelledFamily,
	response: number,
	plainEdge?: number,
	boundary?: number
): Strength {
	const best = bestScene(examples, unit);
	const share = best > 0 ? response / best : 0;
	const beatsEdge = plainEdge === undefined || (boundary ?? response) > plainEdge;
	return {
		family,
		response,
		best,
		share,
		...(plainEdge === undefined ? {} : { plainEdge, boundary }),
		labelled: share >= LABEL_SHARE && beatsEdge
	};
}

/** Every family label the atlas gives, by unit name, with its strength and whether it holds. */
export function familyStrengths(atlas: Atlas, examples: ExamplesFile): Map<string, Strength[]> {
	const found = new Map<string, Strength[]>();
	const add = (unit: UnitRef, s: Strength) => found.set(unitName(unit), [...(found.get(unitName(unit)) ?? []), s]);
	for (const u of atlas.curves.units) add(u, strength(examples, u, 'curve', u.peak));
	for (const u of atlas.earlyCurves.units) add(u, strength(examples, u, 'early curve', u.peak));
	const e = atlas.highLow.evaluation;
	const at = e.blurs.indexOf(e.defaultBlur);
	atlas.highLow.units.forEach((u, i) => {
		const measured = e.units[i];
		const edge = Math.max(measured.edgeDark[at], measured.edgeLight[at]);
		add(u, strength(examples, u, 'high-low', u.peak, edge, measured.highLow[at]));
	});
	const h = atlas.heads;
	add(h.left, strength(examples, h.left, 'dog head', h.left.meanLeft));
	add(h.right, strength(examples, h.right, 'dog head', h.right.meanRight));
	add(h.union, strength(examples, h.union, 'dog head', (h.union.meanLeft + h.union.meanRight) / 2));
	return found;
}

/** How many units the high-low selection finds, and how many keep the label under each rule and both. */
export function highLowLabels(atlas: Atlas, examples: ExamplesFile) {
	const strengths = [...familyStrengths(atlas, examples).values()].flat().filter((s) => s.family === 'high-low');
	const strong = (s: Strength) => s.share >= LABEL_SHARE;
	const beats = (s: Strength) => (s.boundary ?? 0) > (s.plainEdge ?? -Infinity);
	return {
		selected: strengths.length,
		strong: strengths.filter(strong).length,
		beatsEdge: strengths.filter(beats).length,
		labelled: strengths.filter((s) => s.labelled).length
	};
}
