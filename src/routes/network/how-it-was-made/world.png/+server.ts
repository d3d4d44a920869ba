// The picture docs/networks.md shows beside its text (world.png), served where the page that renders it
// finds it, so the one markdown file reads the same in the repository and on the site.
import { readFileSync } from 'node:fs';

export const prerender = true;

export function GET() {
	return new Response(readFileSync('docs/world.png'), { headers: { 'content-type': 'image/png' } });
}
