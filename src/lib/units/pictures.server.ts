// The pictures a unit's page shows as grown when the site was built, each with the file the site serves it
// as (below the unit's views/): its four views (from the views' sheets), a curve unit's picture drawn as one
// stroke, and, for the units the gallery grows several pictures of, those.
import { catalogue } from './catalogue.server';
import { galleryImage, severalPictures, strokePicture } from '../analysis/gallery';
import { viewKey, viewLabel, VIEWS } from '../analysis/views';

export interface UnitPicture {
	file: string;
	label: string;
	activation: number;
	/** one of the four views, the picture drawn as one stroke, or one of several grown at once */
	kind: 'view' | 'stroke' | 'several';
	/** what it was grown for: to excite the unit, or to turn it off */
	excites: boolean;
	/** size² RGB floats in [0, 1] */
	pixels(): { rgb: Float32Array; size: number };
}

/** A picture as a unit's page lists it: where it is served (below the site's base path), with what it shows. */
export type ShownPicture = Omit<UnitPicture, 'file' | 'pixels'> & { path: string };

/**
 * How the pictures were grown: the views' steps and side, the steps of the gallery's
 * (the stroke and the several pictures), and the side the network sees.
 */
export interface PictureSteps {
	views: number;
	gallery: number;
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
					kind: 'view' as const,
					excites: view.sign === 'positive',
					pixels: () => ({ rgb: views.picture(layer, unit, key), size })
				};
			})
		: [];
	const entry = gallery?.entries.find((e) => e.layer === layer && e.unit === unit);
	const several: UnitPicture[] = entry
		? severalPictures(entry).map((p) => ({
				file: p.file,
				label: p.label,
				activation: p.activation,
				kind: 'several',
				excites: true,
				pixels: () => ({ rgb: galleryImage(p), size: gallery!.size })
			}))
		: [];
	const stroke = entry && strokePicture(entry);
	const one: UnitPicture[] = stroke
		? [
				{
					file: stroke.file,
					label: stroke.label,
					activation: stroke.activation,
					kind: 'stroke',
					excites: true,
					pixels: () => ({ rgb: galleryImage(stroke), size: gallery!.size })
				}
			]
		: [];
	return [...four, ...one, ...several];
}
