// The CSS custom properties a host page may set on a figure to match its own look (src/lib/theme.css
// reads them; a unit test checks it reads every one).

export const THEME_PROPERTIES = [
	{
		name: '--zoom-font',
		sets: 'the font of the figure’s text',
		default: 'the custom element: your page’s font; a frame: the system’s sans-serif'
	},
	{ name: '--zoom-background', sets: 'the figure’s background', default: 'white, or near-black in the dark theme' },
	{ name: '--zoom-ink', sets: 'the colour of its text', default: 'near-black, or near-white in the dark theme' },
	{ name: '--zoom-accent', sets: 'the colour of its links and highlights', default: 'blue' }
] as const;
