// The most polysemantic unit: the one whose strongest held-out scenes show the most unrelated kinds of thing.
import { labelEntropy } from '../measure/measures';
import { sceneClass } from '../world/scenes';
import { CLASS_KINDS } from '../world/classes';
import { unitName } from '../unit';
import type { Atlas } from '../atlas/schema';
import { EXAMPLE_SCENES, EXAMPLES_SPLIT, type TopScenes } from './examples';
import { tallyClasses } from './tally';

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
			top: scenes.map(({ index, activation }) => ({ index, activation, className: classOf(index) as string })),
			entropy: labelEntropy(scenes.map((s) => CLASS_KINDS[classOf(s.index)]))
		}));
		// units that answer anything strongly, as strongly as a quarter of their layer's strongest
		const layerPeak = Math.max(...units.map((u) => u.peak));
		return units.filter((u) => u.peak >= 0.25 * layerPeak);
	});
	const best = candidates.sort(
		(a, b) => b.entropy - a.entropy || LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.unit - b.unit
	)[0];
	return {
		name: unitName(best),
		layer: best.layer,
		unit: best.unit,
		classes: tallyClasses(best.top.map((t) => t.className)),
		kindEntropyBits: best.entropy,
		split: EXAMPLES_SPLIT,
		top: best.top.map(({ index, className, activation }) => ({ index, className, activation }))
	};
}

export { EXAMPLE_SCENES as POLYSEMANTIC_IMAGES, EXAMPLES_SPLIT as POLYSEMANTIC_SPLIT };
