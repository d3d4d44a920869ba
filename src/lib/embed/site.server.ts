// The site's public address, for the absolute links that oEmbed and snippets need: SITE_URL at build time.
import { base } from '$app/paths';

export const siteUrl = () => `${(process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/$/, '')}${base}`;
