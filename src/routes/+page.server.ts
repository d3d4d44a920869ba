// At build time: draws the widgets' default states with the plain-array network, so the page reads without
// JavaScript, and reads the measured atlas, whose numbers the article quotes.
import { readFileSync } from 'node:fs';
import { MODEL_DIR } from '$lib/model/models';
import { checkAtlas } from '$lib/analysis/check';
import { summarize } from '$lib/analysis/summary';
import { curveDetectorsSnapshot } from '$lib/widgets/snapshots.server';

export function load() {
	const atlas = checkAtlas(JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8')));
	return { curveDetectors: curveDetectorsSnapshot(), atlas: summarize(atlas) };
}
