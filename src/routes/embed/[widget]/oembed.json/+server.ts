// A static oEmbed description (type "rich") of each widget, linked from its embed page's head.
import { json } from '@sveltejs/kit';
import { WIDGETS, widgetBySlug } from '$lib/widgets/registry';
import { siteUrl } from '$lib/embed/site.server';

export const prerender = true;
/** Written only when the build knows the site's address (SITE_URL). */
export const entries = () => (siteUrl() ? WIDGETS.map((w) => ({ widget: w.spec.slug })) : []);

export function GET({ params }: { params: { widget: string } }) {
	const { spec } = widgetBySlug(params.widget)!;
	const site = siteUrl();
	if (!site) throw new Error('oEmbed descriptions need SITE_URL at build time');
	const src = `${site}/embed/${spec.slug}/`;
	return json({
		version: '1.0',
		type: 'rich',
		title: spec.title,
		provider_name: 'Zoom In, explorable',
		provider_url: `${site}/`,
		width: spec.size.width,
		height: spec.size.height,
		html: `<iframe src="${src}" title="${spec.title}" width="${spec.size.width}" height="${spec.size.height}" style="border:0;width:100%" loading="lazy"></iframe>`
	});
}
