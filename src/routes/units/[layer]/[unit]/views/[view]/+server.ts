// A unit's four views as grown when the site was built (the neuron or the channel, excited or turned off),
// for every unit, and its several pictures pushed apart, for the units the gallery holds them for:
// /units/<layer>/<unit>/views/<view>.png, each at the size it was grown at (the four views at the
// resolution their optimisation parameterised, half the network's input: the page smooths them up).
import { error } from '@sveltejs/kit';
import { allUnits } from '$lib/units/catalogue.server';
import { unitPictures } from '$lib/units/pictures.server';
import { encodePng } from '$lib/world/png.server';

export const prerender = true;

export const entries = () =>
	allUnits().flatMap(({ layer, unit }) =>
		unitPictures(layer, unit).map(({ file }) => ({ layer, unit: String(unit), view: file }))
	);

export function GET({ params }: { params: { layer: string; unit: string; view: string } }) {
	const unit = allUnits().find((u) => u.layer === params.layer && String(u.unit) === params.unit);
	const picture = unit && unitPictures(unit.layer, unit.unit).find((v) => v.file === params.view);
	if (!picture)
		error(404, `No picture ${params.view} was grown for ${params.layer}:${params.unit} when the site was built.`);
	const { rgb, size } = picture.pixels();
	return new Response(new Uint8Array(encodePng(rgb, size, size)), { headers: { 'content-type': 'image/png' } });
}
