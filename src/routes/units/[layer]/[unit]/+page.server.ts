// A unit's page, prerendered for every unit of the mixed blocks: what the atlas says of it, and its examples.
import { error } from '@sveltejs/kit';
import { allUnits, catalogue } from '$lib/units/catalogue.server';
import { builtPicture } from '$lib/analysis/gallery';
import { tallyClasses } from '$lib/analysis/polysemantic';
import { sceneClass } from '$lib/world/scenes';

export const entries = () => allUnits().map(({ layer, unit }) => ({ layer, unit: String(unit) }));

export function load({ params }: { params: { layer: string; unit: string } }) {
	const units = allUnits();
	const at = units.findIndex((u) => u.layer === params.layer && String(u.unit) === params.unit);
	if (at < 0) error(404, `The network has no unit ${params.layer}:${params.unit}.`);
	const { layer, unit } = units[at];
	const { examples, gallery } = catalogue();
	const layers = catalogue().layers.map((l) => l.name);
	const firstOf = (name: string | undefined) => (name ? units.find((u) => u.layer === name) ?? null : null);
	return {
		layer,
		unit,
		units: catalogue().layers.find((l) => l.name === layer)!.units,
		families: catalogue().families.get(`${layer}:${unit}`) ?? [],
		examples: examples.layers[layer].units[unit],
		picture: builtPicture(gallery, layer, unit),
		// what its best held-out scenes show, most common first
		shown: tallyClasses(examples.layers[layer].units[unit].filter((e) => e.activation > 0).map((e) => sceneClass(e.index))),
		split: examples.split,
		previous: units[at - 1] ?? null,
		next: units[at + 1] ?? null,
		previousLayer: firstOf(layers[layers.indexOf(layer) - 1]),
		nextLayer: firstOf(layers[layers.indexOf(layer) + 1])
	};
}
