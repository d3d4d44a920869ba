// At build time: draws the widgets' default states with the plain-array network, so the page reads without
// JavaScript, and reads the measured atlas, whose numbers the article quotes.
import { readFileSync } from 'node:fs';
import { handsetWeights } from '$lib/model/handset';
import { referenceNetwork } from '$lib/model/handset-reference';
import { MODEL_DIR } from '$lib/model/models';
import { checkAtlas } from '$lib/analysis/check';
import { summarize } from '$lib/analysis/summary';
import { defaultState, snapshotFor } from '$lib/widgets/curve-detectors';

export function load() {
	const atlas = checkAtlas(JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8')));
	return { curveDetectors: snapshotFor(referenceNetwork(handsetWeights()), defaultState), atlas: summarize(atlas) };
}
