// A unit's four views as grown when the site was built (the neuron or the channel, excited or turned off),
// and its several pictures pushed apart, for the units the gallery holds: /units/<layer>/<unit>/views/<view>.png
import { error } from '@sveltejs/kit';
import { catalogue } from '$lib/units/catalogue.server';
import { galleryImage, galleryViews } from '$lib/analysis/gallery';
import { encodePng } from '$lib/world/png.server';

export const prerender = true;

export const entries = () =>
	(catalogue().gallery?.entries ?? []).flatMap((entry) => galleryViews(entry).map(({ file }) => ({ layer: entry.layer, unit: String(entry.unit), view: file })));

export function GET({ params }: { params: { layer: string; unit: string; view: string } }) {
	const gallery = catalogue().gallery;
	const entry = gallery?.entries.find((e) => e.layer === params.layer && String(e.unit) === params.unit);
	const view = entry && galleryViews(entry).find((v) => v.file === params.view);
	if (!gallery || !view) error(404, `No picture ${params.view} was grown for ${params.layer}:${params.unit} when the site was built.`);
	return new Response(new Uint8Array(encodePng(galleryImage(view), gallery.size, gallery.size)), { headers: { 'content-type': 'image/png' } });
}
