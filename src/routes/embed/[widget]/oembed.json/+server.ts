// A static oEmbed 1.0 description (type "rich") of each widget, linked from its embed page's head: its
// frame at the height measured for a 700 px column, with the script that sizes it, and its thumbnail.
import { json } from '@sveltejs/kit';
import { WIDGETS, widgetBySlug } from '$lib/widgets/registry';
import { siteUrl } from '$lib/embed/site.server';
import { DEFAULT_COLUMN, frameHeight } from '$lib/embed/heights';
import { THUMBNAIL } from '$lib/embed/thumbnail.server';
import { iframeSnippet, resizeScript } from '$lib/embed/snippets';

export const prerender = true;
/** Written only when the build knows the site's address (SITE_URL). */
export const entries = () => (siteUrl() ? WIDGETS.map((w) => ({ widget: w.spec.slug })) : []);

export function GET({ params }: { params: { widget: string } }) {
	const { spec } = widgetBySlug(params.widget)!;
	const site = siteUrl();
	if (!site) throw new Error('oEmbed descriptions need SITE_URL at build time');
	const width = DEFAULT_COLUMN;
	const height = frameHeight(spec.slug, width);
	return json({
		version: '1.0',
		type: 'rich',
		title: spec.title,
		provider_name: 'Zoom In, explorable',
		provider_url: `${site}/`,
		width,
		height,
		html: `${iframeSnippet(site, spec, '', height)}\n${resizeScript(site)}`,
		thumbnail_url: `${site}/embed/${spec.slug}/thumbnail.png`,
		thumbnail_width: THUMBNAIL.width,
		thumbnail_height: THUMBNAIL.height
	});
}
