import { siteUrl } from '$lib/embed/site.server';

export function load() {
	return { siteUrl: siteUrl() };
}
