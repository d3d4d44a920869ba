import { error } from '@sveltejs/kit';
import { WIDGETS, widgetBySlug } from '$lib/widgets/registry';
import type { PageLoad } from './$types';

export const entries = () => WIDGETS.map((w) => ({ widget: w.spec.slug }));

export const load: PageLoad = ({ params, data }) => {
	if (!widgetBySlug(params.widget))
		error(
			404,
			`There is no widget called “${params.widget}”. The widgets are: ${WIDGETS.map((w) => w.spec.slug).join(', ')}.`
		);
	return { ...data, slug: params.widget };
};
