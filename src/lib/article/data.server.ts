// At build time, for the article and the network's page: the widgets' default states (so the pages read
// without JavaScript) and what the analysis measured, whose numbers the text quotes.
import { readFileSync } from 'node:fs';
import {
	ARGUMENTS_FILE,
	MODEL_NAME,
	modelDir,
	REPLICATION_FILE,
	SECOND_MODEL_NAME,
	UNIVERSALITY_FILE
} from '../model/models';
import type { ArgumentsFile } from '../atlas/arguments';
import { censusSummary, type Replication } from '../analysis/replication';
import { checkModelInfo } from '../model/architecture';
import { buildSlice, readAtlas, readExamples } from '../analysis/atlas-files';
import { WORLD_SPLITS } from '../world/splits';
import { summarize } from '../analysis/summary';
import { gallerySummary, readGallery } from '../analysis/gallery';
import type { Universality } from '../analysis/universality';
import { WIDGETS } from '../widgets/registry';
import { snapshotOf } from '../widgets/snapshots.server';
import { siteUrl } from '../embed/site.server';

export function pageData() {
	const universality = JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8')) as Universality;
	const slice = buildSlice(MODEL_NAME);
	const atlas = readAtlas(MODEL_NAME);
	return {
		network: {
			layers: slice.layers,
			parameters: slice.parameters,
			modelBytes: slice.modelBytes,
			trainingScenes: WORLD_SPLITS.train.count
		},
		snapshots: Object.fromEntries(WIDGETS.map((w) => [w.spec.slug, snapshotOf(w.spec.slug)])),
		atlas: summarize(atlas, readAtlas(SECOND_MODEL_NAME), universality, readExamples(MODEL_NAME), readReplication()),
		gallery: gallerySummary(
			atlas,
			readGallery(MODEL_NAME),
			readExamples(MODEL_NAME).layers[atlas.curves.layer].mapSize
		),
		siteUrl: siteUrl()
	};
}

/** The network's page alone: curve families layer by layer, over the trainings and against untrained networks. */
const readReplication = () => JSON.parse(readFileSync(REPLICATION_FILE, 'utf8')) as Replication;

export function censusData() {
	const replication = readReplication();
	const atlas = readAtlas(MODEL_NAME);
	const { architecture } = checkModelInfo(JSON.parse(readFileSync(`${modelDir(MODEL_NAME)}/model.json`, 'utf8')));
	return censusSummary(
		replication,
		architecture,
		{ layer: atlas.curves.layer, radius: atlas.stimuli.curveRadius },
		atlas.curves.census,
		atlas.curves.angles
	);
}

/** The network's page alone: the seven arguments, unit by unit, for the curve families. */
export const argumentsData = () => JSON.parse(readFileSync(ARGUMENTS_FILE, 'utf8')) as ArgumentsFile;
