// Measures both trained networks, writes their atlases and what they share: npm run analyze
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/lib/analysis/run';
import { examplesJson } from '../src/lib/analysis/examples';
import { compareAtlases } from '../src/lib/analysis/universality';
import { report } from '../src/lib/analysis/report';
import { loadNodeModel, modelDir, nodeTf } from '../src/lib/model/node';
import { NETWORKS, UNIVERSALITY_FILE } from '../src/lib/model/models';
import { roundDeep } from '../src/lib/measure/measures';

const tf = await nodeTf('wasm');
const atlases = [];
for (const name of NETWORKS) {
	const started = Date.now();
	const model = await loadNodeModel(tf, modelDir(name));
	const { atlas, examples } = analyze(tf, model, name, (step) => console.log(`${name} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${step}`));
	writeFileSync(`${modelDir(name)}/atlas.json`, JSON.stringify(atlas, null, '\t') + '\n');
	writeFileSync(`${modelDir(name)}/examples.json`, examplesJson(examples));
	console.log(report(atlas));
	console.log(`wrote ${modelDir(name)}/atlas.json in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
	tf.dispose(Object.values(model.weights));
	atlases.push(atlas);
}
const universality = roundDeep(compareAtlases(atlases[0], atlases[1]));
writeFileSync(UNIVERSALITY_FILE, JSON.stringify(universality, null, '\t') + '\n');
console.log(`universality: ${universality.curves.withPartner}/${universality.curves.total} of ${universality.a}'s curve units have a partner in ${universality.b} within 15°`);
console.log(universality.families.map((f) => `  ${f.kind}: ${f.a ? 'found' : 'not found'} in A (${f.unitsA}), ${f.b ? 'found' : 'not found'} in B (${f.unitsB})`).join('\n'));
