// A static oEmbed description (type "rich") of each widget, linked from its embed page's head.
import { json } from '@sveltejs/kit';
import { WIDGETS, widgetBySlug } from '$lib/embed/registry';
import { siteUrl } from '$lib/embed/site.server';

export const prerender = true;
export const entries = () => WIDGETS.map((w) => ({ widget: w.slug }));

export function GET({ params }) {
	const widget = widgetBySlug(params.widget)!;
	const src = `${siteUrl()}/embed/${widget.slug}/`;
	return json({
		version: '1.0',
		type: 'rich',
		title: widget.title,
		provider_name: 'Zoom In, explorable',
		provider_url: `${siteUrl()}/`,
		width: widget.width,
		height: widget.height,
		html: `<iframe src="${src}" title="${widget.title}" width="${widget.width}" height="${widget.height}" style="border:0;width:100%" loading="lazy"></iframe>`
	});
}
