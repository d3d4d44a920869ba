// Each widget's thumbnail for oEmbed and link cards, drawn at build time from its default state.
import { WIDGETS } from '$lib/widgets/registry';
import { thumbnailArtOf } from '$lib/widgets/snapshots.server';
import { thumbnailPng } from '$lib/embed/thumbnail.server';

export const prerender = true;
export const entries = () => WIDGETS.map((w) => ({ widget: w.spec.slug }));

export const GET = ({ params }: { params: { widget: string } }) =>
	new Response(new Uint8Array(thumbnailPng(thumbnailArtOf(params.widget))), {
		headers: { 'content-type': 'image/png' }
	});
