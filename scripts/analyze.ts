// Measures both trained networks, writes their atlases and what they share: npm run analyze. Another pair
// (a candidate, not shipped) is measured with `npm run analyze -- <name a> <name b>`: its atlases go into
// its folders, and what the two share into .cache/, not beside the site's networks.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { analyze } from '../src/lib/analysis/run';
import { examplesJson } from '../src/lib/analysis/examples';
import { compareAtlases } from '../src/lib/analysis/universality';
import { report, targetsReport } from '../src/lib/analysis/report';
import { checkModelInfo } from '../src/lib/model/architecture';
import { loadNodeModel, modelDir, nodeTf } from '../src/lib/model/node';
import { NETWORKS, UNIVERSALITY_FILE } from '../src/lib/model/models';
import { roundDeep } from '../src/lib/measure/measures';
import type { Atlas } from '../src/lib/atlas/schema';
import { chooseShown, SHOWN_FILE } from '../src/lib/analysis/shown';

const names = process.argv.length > 2 ? process.argv.slice(2) : [...NETWORKS];
if (names.length !== 2)
	throw new Error('npm run analyze measures a pair of networks: give two names, or none for the shipped pair');
const shipped = names.every((name, i) => name === NETWORKS[i]);
const tf = await nodeTf('wasm');
const atlases: Atlas[] = [];
for (const name of names) {
	const started = Date.now();
	const model = await loadNodeModel(tf, modelDir(name));
	const { atlas, examples } = analyze(tf, model, name, (step) =>
		console.log(`${name} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${step}`)
	);
	writeFileSync(`${modelDir(name)}/atlas.json`, JSON.stringify(atlas, null, '\t') + '\n');
	writeFileSync(`${modelDir(name)}/examples.json`, examplesJson(examples));
	console.log(report(atlas));
	console.log(`wrote ${modelDir(name)}/atlas.json in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
	tf.dispose(Object.values(model.weights));
	atlases.push(atlas);
}
const universality = roundDeep(compareAtlases(atlases[0], atlases[1]));
const universalityFile = shipped ? UNIVERSALITY_FILE : `.cache/universality-${names.join('-')}.json`;
writeFileSync(universalityFile, JSON.stringify(universality, null, '\t') + '\n');
console.log(`wrote ${universalityFile}`);
if (shipped) {
	writeFileSync(SHOWN_FILE, JSON.stringify(chooseShown(atlases[0]), null, '\t') + '\n');
	console.log(`wrote ${SHOWN_FILE}: the figures' default states`);
}
console.log(
	`universality: ${universality.curves.withPartner}/${universality.curves.total} ` +
		`of ${universality.a}'s clean curve units have a partner in ${universality.b} ` +
		`correlating at ${universality.curves.partnerCorrelation} or more`
);
console.log(
	universality.curves.matches
		.map((m) => `  ${m.a} → ${m.b ?? 'none'}: r ${m.correlation.toFixed(2)}, ${m.angleDifference}° apart`)
		.join('\n')
);
console.log(
	universality.families
		.map(
			(f) =>
				`  ${f.kind}: ${f.a ? 'found' : 'not found'} in A (${f.unitsA}), ${f.b ? 'found' : 'not found'} in B (${f.unitsB})`
		)
		.join('\n')
);
console.log('\ntargets');
console.log(
	targetsReport(
		atlases.map((atlas) => ({
			atlas,
			training: checkModelInfo(JSON.parse(readFileSync(`${modelDir(atlas.model)}/model.json`, 'utf8'))).training,
			weightBytes: statSync(`${modelDir(atlas.model)}/weights.bin`).size,
			universality
		}))
	)
);
