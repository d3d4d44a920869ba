// The widgets' default states drawn at build time with the plain-array network, once per build, for
// every page that prerenders them (the article and the embed pages).
import { handsetWeights } from '$lib/model/handset';
import { referenceNetwork } from '$lib/model/handset-reference';
import { defaultState, snapshotFor, type CurveDetectorsSnapshot } from './curve-detectors';

let curveDetectors: CurveDetectorsSnapshot | null = null;

export const curveDetectorsSnapshot = (): CurveDetectorsSnapshot =>
	(curveDetectors ??= snapshotFor(referenceNetwork(handsetWeights()), defaultState));
