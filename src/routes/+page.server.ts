// At build time, draws the widgets' default states with the plain-array network, so the page reads without JavaScript.
import { handsetWeights } from '$lib/model/handset';
import { referenceNetwork } from '$lib/model/handset-reference';
import { defaultState, snapshotFor } from '$lib/widgets/curve-detectors';

export function load() {
	return { curveDetectors: snapshotFor(referenceNetwork(handsetWeights()), defaultState) };
}
