// The most polysemantic unit: the one whose strongest held-out scenes show the most unrelated kinds of thing, where
// they differ in what its hottest cell sees as well. A unit whose strongest scenes are of many classes but whose
// hottest cell sees, in each, an edge with the shape on the same side answers one feature found on many objects:
// it is set aside, and the search looks again.
import { labelEntropy } from '../measure/measures';
import { sceneClass } from '../world/scenes';
import { CLASS_KINDS } from '../world/classes';
import { unitName } from '../unit';
import type { Atlas } from '../atlas/schema';
import { EXAMPLE_SCENES, EXAMPLES_SPLIT, type TopScenes } from './examples';
import { tallyClasses } from './tally';
import { describePoint, facing, heldOutParts, nearestPoint, sideInWords } from './seen';
import { ONE_THING, ONE_WAY } from './criteria';

/** Blocks searched: the last two, whose units answer whole objects. */
const LAYERS = ['mixed4b', 'mixed4c'];

/** The class of the `index`-th scene of the examples split: the classes come in turn. */
const classOf = (index: number) => sceneClass(index);

export function analyzePolysemantic(top: TopScenes): Atlas['polysemantic'] {
	const candidates = LAYERS.flatMap((layer) => {
		const units = top[layer].units.map((scenes, u) => ({
			layer,
			unit: u,
			peak: scenes[0].activation,
			scenes,
			entropy: labelEntropy(scenes.map((s) => CLASS_KINDS[classOf(s.index)]))
		}));
		// units that answer anything strongly, as strongly as a quarter of their layer's strongest
		const layerPeak = Math.max(...units.map((u) => u.peak));
		return units.filter((u) => u.peak >= 0.25 * layerPeak);
	});
	const order = candidates.sort(
		(a, b) => b.entropy - a.entropy || LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.unit - b.unit
	);
	/** what each of a unit's strongest scenes shows at its hottest cell, and how much those edges face one way */
	const seenBy = (c: (typeof order)[number]) => {
		const points = c.scenes.map((s) => nearestPoint(heldOutParts(s.index), top[c.layer].mapSize, s.row, s.column));
		const tally = tallyClasses(points.map(describePoint));
		return { points, tally, ...facing(points) };
	};
	const setAside: Atlas['polysemantic']['setAside'] = [];
	let best = order[0];
	let seen = seenBy(best);
	for (const c of order) {
		best = c;
		seen = seenBy(c);
		const commonest = seen.tally[0];
		const oneThing = commonest.count >= ONE_THING * c.scenes.length;
		if (seen.oneWay < ONE_WAY && !oneThing) break;
		setAside.push({
			name: unitName(c),
			kindEntropyBits: c.entropy,
			classes: tallyClasses(c.scenes.map((s) => classOf(s.index))),
			oneWay: seen.oneWay,
			shapeSide: sideInWords(seen.direction),
			commonest
		});
	}
	const top24 = best.scenes.map(({ index, activation, row, column }, k) => ({
		index,
		activation,
		row,
		column,
		className: classOf(index) as string,
		seen: describePoint(seen.points[k])
	}));
	return {
		name: unitName(best),
		layer: best.layer,
		unit: best.unit,
		classes: tallyClasses(top24.map((t) => t.className)),
		kindEntropyBits: best.entropy,
		seen: seen.tally,
		oneWay: seen.oneWay,
		setAside,
		split: EXAMPLES_SPLIT,
		mapSize: top[best.layer].mapSize,
		top: top24
	};
}

export { EXAMPLE_SCENES as POLYSEMANTIC_IMAGES, EXAMPLES_SPLIT as POLYSEMANTIC_SPLIT };
