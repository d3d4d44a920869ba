// The code an author copies to put a figure on a page of their own: an iframe (with the script that sizes
// it) or a custom element, for a state given as a query string. The docs, the article's "Embed this" and
// the oEmbed descriptions all write them here.
import { elementName, type WidgetSpec } from '../widgets/kit/spec';

/** The one script tag that sizes every Zoom In frame on a page. */
export const resizeScript = (site: string) => `<script src="${site}/embed/resize.js" defer></script>`;

/**
 * A frame sized by its attributes alone (resize.js then gives it its content's height and takes its border away),
 * so that a Content-Security-Policy without 'unsafe-inline' styles takes it as written.
 */
export function iframeSnippet(site: string, spec: WidgetSpec, query: string, height: number): string {
	const src = `${site}/embed/${spec.slug}/${query ? `?${query}` : ''}`;
	return (
		`<iframe src="${src}"\n` +
		`  title="${spec.title}" loading="lazy"\n` +
		`  width="100%" height="${height}"></iframe>`
	);
}

/** A query string's parameters as an element's attributes: angle=45&edit=off → angle="45" edit="off". */
export const attributesOf = (query: string) =>
	[...new URLSearchParams(query)]
		.map(([name, value]) => `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
		.join(' ');

/**
 * The element, holding its fallback: the figure's picture (drawn at build time, in its default state) linking to its
 * embed page, shown until the figure is, and wherever it cannot be (no JavaScript, a script the page refuses).
 */
export function elementSnippet(site: string, spec: WidgetSpec, query: string): string {
	const name = elementName(spec);
	const attributes = attributesOf(query);
	const page = `${site}/embed/${spec.slug}/${query ? `?${query.replace(/&/g, '&amp;')}` : ''}`;
	const fallback =
		`  <a href="${page}"><img src="${site}/embed/${spec.slug}/thumbnail.png"\n` +
		`    alt="${spec.title}: a picture of the figure in its default state (live, it needs JavaScript)"></a>`;
	const element = `<${name}${attributes ? ` ${attributes}` : ''}>\n${fallback}\n</${name}>`;
	return `<script type="module" src="${site}/embed/widgets.js"></script>\n\n${element}`;
}
