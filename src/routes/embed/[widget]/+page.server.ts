// The embed page's picture for readers without JavaScript (the default state, drawn at build time), and,
// when the build knows the site's address, what link cards and oEmbed consumers read.
import { WIDGETS, widgetBySlug } from '$lib/widgets/registry';
import { snapshotOf } from '$lib/widgets/snapshots.server';
import { siteUrl } from '$lib/embed/site.server';
import { DEFAULT_COLUMN, frameHeight } from '$lib/embed/heights';
import { THUMBNAIL } from '$lib/embed/thumbnail.server';

export const entries = () => WIDGETS.map((w) => ({ widget: w.spec.slug }));

export function load({ params }: { params: { widget: string } }) {
	const widget = widgetBySlug(params.widget);
	const site = siteUrl();
	const page = `${site}/embed/${params.widget}/`;
	return {
		snapshot: widget ? snapshotOf(params.widget) : null,
		card:
			widget && site
				? {
						url: page,
						oembed: `${page}oembed.json`,
						image: { url: `${page}thumbnail.png`, ...THUMBNAIL },
						player: { width: DEFAULT_COLUMN, height: frameHeight(params.widget, DEFAULT_COLUMN) }
					}
				: null
	};
}
