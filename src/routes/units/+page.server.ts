// The units index: every unit of the article's network that has a page, by block, with what the atlas found
// and the class most of its best held-out scenes show (where most do), for the search.
import { catalogue } from '$lib/units/catalogue.server';
import { sceneClass } from '$lib/world/scenes';
import { sceneNoun } from '$lib/world/classes';
import { unitFeatureVisPath, unitName, unitPicturePath } from '$lib/unit';
import { viewKey, VIEWS } from '$lib/analysis/views';
import { tallyClasses } from '$lib/analysis/tally';

/** The class most of a unit's best scenes show, where more than half of them do. */
function mostly(indices: number[]): string | undefined {
	const [top] = tallyClasses(indices.map((i) => sceneClass(i)));
	return top && top.count * 2 > indices.length ? top.name : undefined;
}

export function load() {
	const { layers, families, examples, gallery, views } = catalogue();
	const pictured = new Set(gallery?.entries.map((e) => e.name) ?? []);
	/**
	 * beside each unit, the view that excites it at the centre: grown for every unit;
	 * else the gallery's picture, where it has one
	 */
	const picture = (layer: string, unit: number) =>
		views?.file.layers[layer]
			? unitPicturePath({ layer, unit }, `${viewKey(VIEWS[0])}.png`)
			: pictured.has(unitName({ layer, unit }))
				? unitFeatureVisPath({ layer, unit })
				: undefined;
	return {
		layers: layers.map((l) => ({
			name: l.name,
			units: Array.from({ length: l.units }, (_, unit) => {
				const name = unitName({ layer: l.name, unit });
				const most = mostly(examples.layers[l.name].units[unit].map((e) => e.index));
				const shows = picture(l.name, unit);
				return {
					unit,
					families: (families.get(name) ?? []).map((f) => f.label),
					...(most ? { mostly: most, mostlyShows: sceneNoun(most) } : {}),
					...(shows ? { picture: shows } : {})
				};
			})
		}))
	};
}
