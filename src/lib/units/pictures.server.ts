// The pictures a unit's page shows as grown when the site was built, each with the file the site serves it
// as (below the unit's views/): its four views (from the views' sheets) and, for the units the gallery
// grows several pictures of, those.
import { catalogue } from './catalogue.server';
import { galleryImage, severalPictures } from '../analysis/gallery';
import { viewKey, viewLabel, VIEWS } from '../analysis/views';

export interface UnitPicture {
	file: string;
	label: string;
	activation: number;
	several: boolean;
	/** what it was grown for: to excite the unit, or to turn it off */
	excites: boolean;
	/** size² RGB floats in [0, 1] */
	pixels(): { rgb: Float32Array; size: number };
}

/** A picture as a unit's page lists it: where it is served (below the site's base path), with what it shows. */
export type ShownPicture = Omit<UnitPicture, 'file' | 'pixels'> & { path: string };

/** How the pictures were grown: the views' steps and side, the several pictures' steps, and the side the network sees. */
export interface PictureSteps {
	views: number;
	several: number;
	size: number;
	input: number;
}

export function unitPictures(layer: string, unit: number): UnitPicture[] {
	const { views, gallery } = catalogue();
	const four: UnitPicture[] = views?.file.layers[layer]
		? VIEWS.map((view) => {
				const key = viewKey(view);
				const size = views.file.size;
				return {
					file: `${key}.png`,
					label: viewLabel(view),
					activation: views.file.layers[layer].activation[key][unit],
					several: false,
					excites: view.sign === 'positive',
					pixels: () => ({ rgb: views.picture(layer, unit, key), size })
				};
			})
		: [];
	const entry = gallery?.entries.find((e) => e.layer === layer && e.unit === unit);
	const several: UnitPicture[] = entry
		? severalPictures(entry).map((p) => ({ file: p.file, label: p.label, activation: p.activation, several: true, excites: true, pixels: () => ({ rgb: galleryImage(p), size: gallery!.size }) }))
		: [];
	return [...four, ...several];
}
