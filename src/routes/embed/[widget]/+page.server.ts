// The embed page's picture for readers without JavaScript: the default state, drawn at build time.
import { WIDGETS } from '$lib/widgets/registry';
import { snapshotOf } from '$lib/widgets/snapshots.server';
import { siteUrl } from '$lib/embed/site.server';

export const entries = () => WIDGETS.map((w) => ({ widget: w.spec.slug }));

export function load({ params }: { params: { widget: string } }) {
	return { snapshot: WIDGETS.some((w) => w.spec.slug === params.widget) ? snapshotOf(params.widget) : null, oembed: siteUrl() !== null };
}
