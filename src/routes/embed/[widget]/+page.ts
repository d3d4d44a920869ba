import { error } from '@sveltejs/kit';
import { WIDGETS, widgetBySlug } from '$lib/embed/registry';

export const entries = () => WIDGETS.map((w) => ({ widget: w.slug }));

export function load({ params, data }) {
	const widget = widgetBySlug(params.widget);
	if (!widget)
		error(404, `There is no widget called “${params.widget}”. The widgets are: ${WIDGETS.map((w) => w.slug).join(', ')}.`);
	return { ...data, widget };
}
