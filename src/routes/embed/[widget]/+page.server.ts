// The embed page's picture for readers without JavaScript: the default state, drawn at build time.
import { handsetWeights } from '$lib/model/handset';
import { referenceNetwork } from '$lib/model/handset-reference';
import { defaultState, snapshotFor } from '$lib/widgets/curve-detectors';
import { WIDGETS } from '$lib/embed/registry';

export const entries = () => WIDGETS.map((w) => ({ widget: w.slug }));

export function load({ params }) {
	return params.widget === 'curve-detectors' ? { snapshot: snapshotFor(referenceNetwork(handsetWeights()), defaultState) } : { snapshot: null };
}
