// The committed networks as the targets read them: their atlases, training records, weights and what the two share.
import { readFileSync, statSync } from 'node:fs';
import { checkModelInfo } from '../model/architecture';
import { modelDir, NETWORKS, UNIVERSALITY_FILE } from '../model/models';
import { readAtlas } from './atlas-files';
import type { Measured } from './targets';
import type { Universality } from './universality';

export function committedNetworks(): Measured[] {
	const universality = JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8')) as Universality;
	return NETWORKS.map((name) => ({
		atlas: readAtlas(name),
		training: checkModelInfo(JSON.parse(readFileSync(`${modelDir(name)}/model.json`, 'utf8'))).training,
		weightBytes: statSync(`${modelDir(name)}/weights.bin`).size,
		universality
	}));
}
