// The CSS custom properties a host page may set on a figure to match its own look (src/lib/theme.css
// reads them; a unit test checks it reads every one): on a custom element (or around it) in the host's
// CSS, and on a frame in its address (zoom-accent=…) or by message (zoom-in:set with style).
import type { Theme } from '../widgets/kit/spec';

export const THEME_PROPERTIES = [
	{
		name: '--zoom-font',
		sets: 'the font of the figure’s text',
		default: 'the custom element: your page’s font; a frame: the system’s sans-serif',
		syntax: 'font-family'
	},
	{
		name: '--zoom-background',
		sets: 'the figure’s background',
		default: 'white, or near-black in the dark theme',
		syntax: 'color'
	},
	{
		name: '--zoom-ink',
		sets: 'the colour of its text',
		default: 'near-black, or near-white in the dark theme',
		syntax: 'color'
	},
	{ name: '--zoom-accent', sets: 'the colour of its links and highlights', default: 'blue', syntax: 'color' },
	{
		name: '--zoom-text-size',
		sets: 'the size of its text, and of everything in it measured by the text',
		default: '16px',
		syntax: 'font-size'
	}
] as const;

export type ThemeProperty = (typeof THEME_PROPERTIES)[number]['name'];

/** A property as a frame's address names it: --zoom-accent → zoom-accent. */
export const addressName = (name: ThemeProperty) => name.slice(2);

/**
 * What is wrong with setting a theme property to a value, or null where nothing is: `supports` is the browser's
 * CSS.supports (a value a frame is given must be one its property's CSS takes, and nothing more).
 */
export function themePropertyError(
	name: string,
	value: unknown,
	supports: (property: string, value: string) => boolean
): string | null {
	const property = THEME_PROPERTIES.find((p) => p.name === name || addressName(p.name) === name);
	if (!property)
		return `there is no theme property called ${name}; they are ${THEME_PROPERTIES.map((p) => p.name).join(', ')}.`;
	if (value === null || value === '') return null;
	if (typeof value !== 'string' || /[;{}]/.test(value) || !supports(property.syntax, value))
		return `${name} must be a value CSS takes for ${property.syntax} (got "${String(value)}").`;
	return null;
}

/** Fixes a themed element's colours to light or dark, or lets them follow the reader's device (auto). */
export function applyTheme(themed: HTMLElement, theme: Theme) {
	if (theme === 'auto') delete themed.dataset.theme;
	else themed.dataset.theme = theme;
}
