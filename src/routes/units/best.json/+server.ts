// Every unit's strongest held-out scene (its index and the cell where the unit fires most), as one small
// file, with the pictures grown at build time: a unit's page shows beside each of its strongest weights the
// other unit's grown picture where it has one, else draws its strongest scene again.
import { json } from '@sveltejs/kit';
import { catalogue } from '$lib/units/catalogue.server';
import type { BestScenes } from '$lib/units/best';
import { picturePath } from '$lib/analysis/gallery';

export const prerender = true;

export function GET() {
	const { examples, gallery } = catalogue();
	const layers = Object.fromEntries(Object.entries(examples.layers).map(([layer, { units }]) => [layer, units.map((list) => (list[0] && list[0].activation > 0 ? ([list[0].index, list[0].row, list[0].column] as [number, number, number]) : null))]));
	const pictures = Object.fromEntries((gallery?.entries ?? []).map((e) => [`${e.layer}:${e.unit}`, picturePath(e.layer, e.unit)]));
	return json({ split: examples.split, layers, pictures } satisfies BestScenes);
}
