// The site's public address, for the absolute links that oEmbed and snippets need: SITE_URL at build time.
// Without it nothing with an address is written: the oEmbed descriptions are left out (and the build says
// so), rather than shipping addresses of a machine no reader can reach.
import { base } from '$app/paths';

let warned = false;

/** The site's address with its base path, or null when SITE_URL was not given. */
export function siteUrl(): string | null {
	const site = process.env.SITE_URL?.trim();
	if (!site) {
		if (!warned)
			console.warn(
				'\nSITE_URL is not set: the oEmbed descriptions (/embed/<widget>/oembed.json) are left out of this build. ' +
					'Build with SITE_URL=https://your.site (the address the site will be served from) to include them.\n'
			);
		warned = true;
		return null;
	}
	return `${site.replace(/\/$/, '')}${base}`;
}
