// The feature-visualization widget's default state at build time: its unit (the curve family's strongest),
// its picture as grown when the site was built (as waves and as one stroke), and what that unit's best held-out
// scene reached.
import { MODEL_NAME } from '../../model/models';
import { readAtlas, readExamples } from '../../analysis/atlas-files';
import { builtPicture, galleryImage, readGallery } from '../../analysis/gallery';
import type { FeatureVisSnapshot } from './snapshot';
import type { Picture } from '../../world/canvas.server';

const strongestCurve = () => readAtlas(MODEL_NAME).curves.units.reduce((a, b) => (b.peak > a.peak ? b : a));

export function snapshot(): FeatureVisSnapshot {
	const strongest = strongestCurve();
	const gallery = readGallery(MODEL_NAME);
	return {
		unit: strongest.name,
		bestExample: readExamples(MODEL_NAME).layers[strongest.layer].units[strongest.unit][0].activation,
		picture: builtPicture(gallery, strongest.layer, strongest.unit),
		stroke: builtPicture(gallery, strongest.layer, strongest.unit, 'stroke')
	};
}

/** The embed thumbnail: the default unit's picture as grown when the site was built. */
export function thumbnail(): Picture | null {
	const gallery = readGallery(MODEL_NAME);
	const { layer, unit } = strongestCurve();
	const entry = gallery?.entries.find((e) => e.layer === layer && e.unit === unit);
	return gallery && entry ? { rgb: galleryImage(entry), width: gallery.size, height: gallery.size } : null;
}
