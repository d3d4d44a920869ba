// Every unit's strongest held-out scene (its index and the cell where the unit fires most), as one small
// file, with where the pictures grown at build time are: a unit's page shows beside each of its strongest
// weights the other unit's picture (its view that excites it at the centre), else draws its strongest scene again.
import { json } from '@sveltejs/kit';
import { catalogue } from '$lib/units/catalogue.server';
import type { BestScenes } from '$lib/units/best';
import { unitFeatureVisPath, unitName } from '$lib/unit';
import { viewKey, VIEWS } from '$lib/analysis/views';

export const prerender = true;

export function GET() {
	const { examples, gallery, views } = catalogue();
	const layers = Object.fromEntries(
		Object.entries(examples.layers).map(([layer, { units }]) => [
			layer,
			units.map((list) =>
				list[0] && list[0].activation > 0
					? ([list[0].index, list[0].row, list[0].column] as [number, number, number])
					: null
			)
		])
	);
	const pictures = Object.fromEntries((gallery?.entries ?? []).map((e) => [unitName(e), unitFeatureVisPath(e)]));
	const viewed = views ? Object.keys(views.file.layers) : [];
	return json({
		split: examples.split,
		layers,
		pictures,
		views: viewed.length ? { layers: viewed, file: `${viewKey(VIEWS[0])}.png` } : null
	} satisfies BestScenes);
}
