// The site's public address, for the absolute links that oEmbed, card tags and the citation need:
// SITE_URL at build time. Without it nothing with an address is written (the build says so once, from
// vite.config.ts), rather than shipping addresses of a machine no reader can reach.
import { base } from '$app/paths';

/** The site's address with its base path, or null when SITE_URL was not given. */
export function siteUrl(): string | null {
	const site = process.env.SITE_URL?.trim();
	return site ? `${site.replace(/\/$/, '')}${base}` : null;
}
