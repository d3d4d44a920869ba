// A unit's page, prerendered for every unit of the mixed blocks: what the atlas says of it, and its examples.
import { error } from '@sveltejs/kit';
import { allUnits, catalogue } from '$lib/units/catalogue.server';
import { builtPicture } from '$lib/analysis/gallery';
import { unitName, unitPicturePath } from '$lib/unit';
import { unitPictures, type PictureSteps, type ShownPicture } from '$lib/units/pictures.server';
import { tallyClasses } from '$lib/analysis/tally';
import { MAKE_UP_SCENES } from '$lib/analysis/examples';
import { IMAGE_SIZE, sceneClass } from '$lib/world/scenes';

export const entries = () => allUnits().map(({ layer, unit }) => ({ layer, unit: String(unit) }));

export function load({ params }: { params: { layer: string; unit: string } }) {
	const units = allUnits();
	const at = units.findIndex((u) => u.layer === params.layer && String(u.unit) === params.unit);
	if (at < 0) error(404, `The network has no unit ${params.layer}:${params.unit}.`);
	const { layer, unit } = units[at];
	const name = unitName({ layer, unit });
	const { examples, gallery, atlas, layers, families, views, sevenArguments } = catalogue();
	// its neighbours in its family, by preferred angle (round the circle), where it is in one
	const family = [
		{ name: 'curve family', units: atlas.curves.units },
		{ name: 'early curves', units: atlas.earlyCurves.units },
		{ name: 'high-low family', units: atlas.highLow.units }
	].find((f) => f.units.some((u) => u.name === name));
	const byAngle = family
		? [...family.units].sort((a, b) => a.preferredAngle - b.preferredAngle || a.unit - b.unit)
		: [];
	const k = byAngle.findIndex((u) => u.name === name);
	const around = (d: number) => {
		const other = byAngle[(k + d + byAngle.length) % byAngle.length];
		return byAngle.length > 1 ? { layer: other.layer, unit: other.unit } : null;
	};
	return {
		layer,
		unit,
		units: layers.find((l) => l.name === layer)!.units,
		families: families.get(name) ?? [],
		examples: examples.layers[layer].units[unit],
		depth: examples.layers[layer].depth[unit],
		scenes: examples.scenes,
		makeUp: MAKE_UP_SCENES,
		picture: builtPicture(gallery, layer, unit),
		stroke: builtPicture(gallery, layer, unit, 'stroke'),
		// its four views, and its stroke and several pictures where the gallery holds them, as grown when the site was built
		views: unitPictures(layer, unit).map(({ file, pixels, ...shown }): ShownPicture => ({
			...shown,
			path: unitPicturePath({ layer, unit }, file)
		})),
		viewSteps: {
			views: views?.file.steps ?? 0,
			gallery: gallery?.steps ?? 0,
			size: views?.file.size ?? 0,
			input: IMAGE_SIZE
		} satisfies PictureSteps,
		// what its best held-out scenes show, most common first
		shown: tallyClasses(
			examples.layers[layer].units[unit].filter((e) => e.activation > 0).map((e) => sceneClass(e.index))
		),
		split: examples.split,
		// the previous and next unit of the same layer
		previous: units[at - 1]?.layer === layer ? units[at - 1] : null,
		next: units[at + 1]?.layer === layer ? units[at + 1] : null,
		family: family ? { name: family.name, previous: around(-1), next: around(1) } : null,
		// the paper's seven arguments, where it is in a curve family they were measured on
		sevenArguments: sevenArguments.get(name) ?? null
	};
}
