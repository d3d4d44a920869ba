// The article's network's mixed blocks and how many units each has, read from its model.json when the site
// is built, so that a unit named in an address or an attribute is checked before any network loads.
import { mixedChannels, type MixedSpec, type ModelInfo } from './architecture';
import { MODEL_NAME } from './models';

const infos = import.meta.glob<ModelInfo>('/static/models/*/model.json', { eager: true, import: 'default' });
const info = infos[`/static/models/${MODEL_NAME}/model.json`];
if (!info)
	throw new Error(`static/models/${MODEL_NAME}/model.json is missing: the site cannot know the network's blocks`);

/** Each mixed block of the article's network, in order, with its number of units. */
export const MIXED_LAYERS: { name: string; units: number }[] = info.architecture.layers
	.filter((l): l is MixedSpec => l.type === 'mixed')
	.map((l) => ({ name: l.name, units: mixedChannels(l) }));
