// The embed page's picture for readers without JavaScript: the default state, drawn at build time.
import { curveDetectorsSnapshot } from '$lib/widgets/snapshots.server';
import { WIDGETS } from '$lib/embed/registry';

export const entries = () => WIDGETS.map((w) => ({ widget: w.slug }));

export function load({ params }) {
	return params.widget === 'curve-detectors' ? { snapshot: curveDetectorsSnapshot() } : { snapshot: null };
}
