// The units index: every unit of the article's network that has a page, by block, with what the atlas found.
import { catalogue } from '$lib/units/catalogue.server';

export function load() {
	const { layers, families } = catalogue();
	return {
		layers: layers.map((l) => ({
			name: l.name,
			units: Array.from({ length: l.units }, (_, unit) => ({ unit, families: (families.get(`${l.name}:${unit}`) ?? []).map((f) => f.label) }))
		}))
	};
}
