// The most polysemantic unit: the one whose strongest held-out scenes show the most unrelated kinds of thing.
import type { Model } from '../model/inception';
import type { Probe } from '../measure/probe';
import { labelEntropy } from '../measure/measures';
import { datasetScene } from '../world/scenes';
import { CLASS_KINDS } from '../world/classes';
import { unitName, type Atlas } from './atlas';
import type { Tf } from './common';

/** The split the analysis reads scenes from: held-out seeds the training never drew. */
export const POLYSEMANTIC_SPLIT = 3;
export const POLYSEMANTIC_IMAGES = 1200;
const TOP_IMAGES = 24;

/** Blocks searched: the last two, whose units answer whole objects. */
const LAYERS = ['mixed4b', 'mixed4c'];

export function analyzePolysemantic(_tf: Tf, _model: Model, p: Probe): Atlas['polysemantic'] {
	const scenes = Array.from({ length: POLYSEMANTIC_IMAGES }, (_, i) => datasetScene(POLYSEMANTIC_SPLIT, i));
	const byLayer = p.readLayers(scenes.map((s) => s.image), LAYERS, 'max');
	const candidates = LAYERS.flatMap((layer) => {
		const acts = byLayer[layer];
		const units = acts[0].map((_, u) => {
			const order = acts.map((a, i) => ({ index: i, activation: a[u] })).sort((a, b) => b.activation - a.activation || a.index - b.index).slice(0, TOP_IMAGES);
			const top = order.map((o) => ({ ...o, className: scenes[o.index].className as string }));
			return { layer, unit: u, peak: order[0].activation, top, entropy: labelEntropy(top.map((t) => CLASS_KINDS[scenes[t.index].className])) };
		});
		// units that answer anything strongly, as strongly as a quarter of their layer's strongest
		const layerPeak = Math.max(...units.map((u) => u.peak));
		return units.filter((u) => u.peak >= 0.25 * layerPeak);
	});
	const best = candidates.sort((a, b) => b.entropy - a.entropy || LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.unit - b.unit)[0];
	const counts = new Map<string, number>();
	for (const t of best.top) counts.set(t.className, (counts.get(t.className) ?? 0) + 1);
	return {
		name: unitName(best),
		layer: best.layer,
		unit: best.unit,
		classes: [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
		kindEntropyBits: best.entropy,
		top: best.top.map(({ index, className, activation }) => ({ index, className, activation }))
	};
}
