// A unit's feature visualization as grown when the site was built, for the units the gallery holds.
import { error } from '@sveltejs/kit';
import { catalogue } from '$lib/units/catalogue.server';
import { galleryImage } from '$lib/analysis/gallery';
import { encodePng } from '$lib/world/png.server';

export const prerender = true;

export const entries = () =>
	(catalogue().gallery?.entries ?? []).map(({ layer, unit }) => ({ layer, unit: String(unit) }));

export function GET({ params }: { params: { layer: string; unit: string } }) {
	const gallery = catalogue().gallery;
	const entry = gallery?.entries.find((e) => e.layer === params.layer && String(e.unit) === params.unit);
	if (!gallery || !entry)
		error(404, `No picture was grown for ${params.layer}:${params.unit} when the site was built.`);
	return new Response(new Uint8Array(encodePng(galleryImage(entry), gallery.size, gallery.size)), {
		headers: { 'content-type': 'image/png' }
	});
}
