// The feature-visualization widget's default state at build time: its unit (the curve family's strongest),
// its picture as grown when the site was built, and what that unit's best held-out scene reached.
import { MODEL_NAME } from '../../model/models';
import { readAtlas, readExamples } from '../../analysis/slice';
import { builtPicture, readGallery } from '../../analysis/gallery';
import type { FeatureVisSnapshot } from './snapshot';

export function snapshot(): FeatureVisSnapshot {
	const atlas = readAtlas(MODEL_NAME);
	const strongest = atlas.curves.units.reduce((a, b) => (b.peak > a.peak ? b : a));
	return {
		unit: strongest.name,
		bestExample: readExamples(MODEL_NAME).layers[strongest.layer].units[strongest.unit][0].activation,
		picture: builtPicture(readGallery(MODEL_NAME), strongest.layer, strongest.unit)
	};
}
