// The units index: every unit of the article's network that has a page, by block, with what the atlas found
// and the class most of its best held-out scenes show (where most do), for the search.
import { catalogue } from '$lib/units/catalogue.server';
import { sceneClass } from '$lib/world/scenes';
import { sceneNoun } from '$lib/world/classes';
import { picturePath } from '$lib/analysis/gallery';

/** The class most of a unit's best scenes show, where more than half of them do. */
function mostly(indices: number[]): string | undefined {
	const counts = new Map<string, number>();
	for (const i of indices) counts.set(sceneClass(i), (counts.get(sceneClass(i)) ?? 0) + 1);
	const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
	return top && top[1] * 2 > indices.length ? top[0] : undefined;
}

export function load() {
	const { layers, families, examples, gallery } = catalogue();
	const pictured = new Set(gallery?.entries.map((e) => e.name) ?? []);
	return {
		layers: layers.map((l) => ({
			name: l.name,
			units: Array.from({ length: l.units }, (_, unit) => {
				const name = `${l.name}:${unit}`;
				const most = mostly(examples.layers[l.name].units[unit].map((e) => e.index));
				return {
					unit,
					families: (families.get(name) ?? []).map((f) => f.label),
					...(most ? { mostly: most, mostlyShows: sceneNoun(most) } : {}),
					...(pictured.has(name) ? { picture: picturePath(l.name, unit) } : {})
				};
			})
		}))
	};
}
