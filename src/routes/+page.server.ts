// At build time: draws the widgets' default states, so the page reads without JavaScript, and reads the
// measured atlases, whose numbers the article quotes.
import { readFileSync } from 'node:fs';
import { MODEL_NAME, SECOND_MODEL_NAME, UNIVERSALITY_FILE } from '$lib/model/models';
import { buildSlice, readAtlas } from '$lib/analysis/slice';
import { WORLD_SPLITS } from '$lib/world/splits';
import { summarize } from '$lib/analysis/summary';
import { gallerySummary, readGallery } from '$lib/analysis/gallery';
import type { Universality } from '$lib/analysis/universality';
import { WIDGETS } from '$lib/widgets/registry';
import { snapshotOf } from '$lib/widgets/snapshots.server';
import { siteUrl } from '$lib/embed/site.server';

export function load() {
	const universality = JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8')) as Universality;
	const slice = buildSlice(MODEL_NAME);
	return {
		network: { layers: slice.layers, parameters: slice.parameters, modelBytes: slice.modelBytes, trainingScenes: WORLD_SPLITS.train.count },
		snapshots: Object.fromEntries(WIDGETS.map((w) => [w.spec.slug, snapshotOf(w.spec.slug)])),
		atlas: summarize(readAtlas(MODEL_NAME), readAtlas(SECOND_MODEL_NAME), universality),
		gallery: gallerySummary(readAtlas(MODEL_NAME), readGallery(MODEL_NAME)),
		siteUrl: siteUrl()
	};
}
