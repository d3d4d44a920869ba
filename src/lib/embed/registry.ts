// The widgets an author can embed, with what the embed pages and docs say about each.
export interface EmbeddableWidget {
	slug: string;
	element: string;
	title: string;
	summary: string;
	/** a height that fits the widget at a typical width, for the iframe before it reports its own */
	height: number;
	width: number;
	example: string;
}

export const WIDGETS: EmbeddableWidget[] = [
	{
		slug: 'curve-detectors',
		element: 'zoom-curve-detectors',
		title: 'Hand-set curve detectors',
		summary:
			'A family of eight curve detectors with weights set by hand. Rotate the curve and watch the activation pass from one detector to the next; switch off the inhibitory weights to see the echo.',
		height: 620,
		width: 960,
		example: 'angle=45&inhibition=off'
	}
];

export const widgetBySlug = (slug: string) => WIDGETS.find((w) => w.slug === slug);
