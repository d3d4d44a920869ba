// Measures both trained networks, writes their atlases and what they share, then the curve census of network
// a's recipe over three seeds and untrained networks, and the seven arguments for network a's curve families
// (for the replicas too, all but the first, whose pictures are grown for network a alone).
// Network a's family is read where the census's rule picks in it; network b and the replicas are read at the
// same layer and radius, and the run stops if the pick over the trainings is elsewhere:
// npm run analyze. `npm run analyze -- --replication` runs the replicas alone (the pair's atlases and arguments
// as they are), `-- --arguments` the arguments alone. Another pair (a candidate, not shipped) is measured with
// `npm run analyze -- <name a> <name b>`: its atlases go into its folders, and what the two share into .cache/.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { analyze, familyPlace } from '../src/lib/analysis/run';
import { examplesJson } from '../src/lib/analysis/examples';
import { compareAtlases } from '../src/lib/analysis/universality';
import { report, targetsReport } from '../src/lib/analysis/report';
import { checkModelInfo } from '../src/lib/model/architecture';
import { loadNodeModel, modelDir, nodeTf } from '../src/lib/model/node';
import {
	NETWORKS,
	ARGUMENTS_FILE,
	REPLICAS,
	replicaDir,
	REPLICATION_FILE,
	SECOND_MODEL_NAME,
	UNIVERSALITY_FILE
} from '../src/lib/model/models';
import { roundDeep } from '../src/lib/measure/measures';
import { probe } from '../src/lib/measure/probe';
import type { Atlas } from '../src/lib/atlas/schema';
import { chooseShown, SHOWN_FILE } from '../src/lib/analysis/shown';
import { headlines } from '../src/lib/analysis/headlines';
import type { ExamplesFile } from '../src/lib/analysis/examples';
import { arguedFamilies, replicate, type ReplicaNetwork } from '../src/lib/analysis/replication';
import { readAtlas, readExamples } from '../src/lib/analysis/atlas-files';
import { argue } from '../src/lib/analysis/arguments';
import { readViews } from '../src/lib/analysis/views';
import { ARGUMENT_KEYS, ARGUMENTS, type ArgumentsFile } from '../src/lib/atlas/arguments';

const args = process.argv.slice(2);
const replicationOnly = args.includes('--replication');
const argumentsOnly = args.includes('--arguments');
const names = args.filter((a) => !a.startsWith('--'));
if (names.length && names.length !== 2)
	throw new Error('npm run analyze measures a pair of networks: give two names, or none for the shipped pair');
const pair = names.length ? names : [...NETWORKS];
const shipped = pair.every((name, i) => name === NETWORKS[i]);
const tf = await nodeTf('wasm');
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(0);

async function analyzePair(): Promise<Atlas[]> {
	const atlases: Atlas[] = [];
	for (const name of pair) {
		const started = Date.now();
		const model = await loadNodeModel(tf, modelDir(name));
		const { atlas, examples } = analyze(
			tf,
			model,
			name,
			(step) => console.log(`${name} ${seconds(started).padStart(4)} s  ${step}`),
			atlases.length ? familyPlace(atlases[0]) : undefined
		);
		writeFileSync(`${modelDir(name)}/atlas.json`, JSON.stringify(atlas, null, '\t') + '\n');
		writeFileSync(`${modelDir(name)}/examples.json`, examplesJson(examples));
		console.log(report(atlas));
		console.log(`wrote ${modelDir(name)}/atlas.json in ${seconds(started)} s\n`);
		tf.dispose(Object.values(model.weights));
		atlases.push(atlas);
	}
	const universality = roundDeep(compareAtlases(atlases[0], atlases[1]));
	const universalityFile = shipped ? UNIVERSALITY_FILE : `.cache/universality-${pair.join('-')}.json`;
	writeFileSync(universalityFile, JSON.stringify(universality, null, '\t') + '\n');
	console.log(`wrote ${universalityFile}`);
	if (shipped) {
		writeFileSync(SHOWN_FILE, JSON.stringify(chooseShown(atlases[0]), null, '\t') + '\n');
		console.log(`wrote ${SHOWN_FILE}: the figures' default states`);
	}
	const { curves, oneToOne } = universality;
	console.log(
		`universality: ${curves.withPartner}/${curves.total} of ${universality.a}'s clean curve units have a partner ` +
			`in ${universality.b} correlating at ${curves.partnerCorrelation} or more; one to one, ${oneToOne.partners} ` +
			`(by chance ${oneToOne.null.mean.toFixed(2)}, 95th percentile ${oneToOne.null.p95})`
	);
	console.log(
		curves.matches
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
	return atlases;
}

/**
 * Each replica (network a's recipe at other seeds, and untrained) measured whole, like the pair: its census and
 * the numbers the editor's sentences headline, beside the pair's own.
 */
async function replication(a: Atlas, aExamples: ExamplesFile, b: Atlas, aArguments: ArgumentsFile) {
	const networks: ReplicaNetwork[] = [
		{
			name: a.model,
			seed: 0,
			trained: true,
			heldoutAccuracy: a.heldoutAccuracy,
			census: a.curves.census,
			headlines: headlines(a, aExamples, b),
			arguments: arguedFamilies(aArguments)
		}
	];
	const place = familyPlace(a);
	const paperPlace = aArguments.families.find((f) => f.role === 'paper');
	for (const replica of REPLICAS) {
		const started = Date.now();
		const model = await loadNodeModel(tf, replicaDir(replica.name));
		const { atlas, examples } = analyze(
			tf,
			model,
			replica.name,
			(step) => console.log(`${replica.name} ${seconds(started).padStart(4)} s  ${step}`),
			place
		);
		// no pictures are grown for a replica, so its first argument is not read; its families are read where
		// network a's are
		const argued = argue(tf, model, probe(tf, model), atlas, examples, null, paperPlace);
		tf.dispose(Object.values(model.weights));
		networks.push({
			...replica,
			heldoutAccuracy: model.info.training.heldoutAccuracy,
			census: atlas.curves.census,
			headlines: headlines(atlas, examples, b),
			arguments: arguedFamilies(argued)
		});
	}
	const replicated = roundDeep(replicate(networks, { name: b.model, census: b.curves.census }));
	const { pick } = replicated;
	if (pick.layer !== place.layer || pick.radius !== place.radius)
		throw new Error(
			`Over the trainings the rule picks ${pick.layer} at radius ${pick.radius}, but ${a.model}'s own census ` +
				`picked ${place.layer} at radius ${place.radius}, where its figures read the family: the atlases ` +
				`disagree with the rule, and the figures cannot follow it as measured.`
		);
	writeFileSync(REPLICATION_FILE, JSON.stringify(replicated, null, '\t') + '\n');
	console.log(
		`wrote ${REPLICATION_FILE}: the rule picks ${pick.layer} at radius ${pick.radius} (${pick.agreeing} of ${pick.of} seeds)`
	);
	for (const r of replicated.rows)
		console.log(
			`  ${r.layer.padEnd(8)} r${String(r.radius).padEnd(3)} clean ${r.clean.median} [${r.clean.min}–${r.clean.max}], ` +
				`kept ${r.kept.median} [${r.kept.min}–${r.kept.max}], gap on evaluation ${r.evaluationGap.median}°; ` +
				`untrained ${r.untrained.clean} clean`
		);
	for (const [key, h] of Object.entries(replicated.headlines))
		console.log(
			`  ${key.padEnd(16)} trained ${h.trained.values.join(', ')}; untrained ${h.untrained.values.join(', ')}`
		);
	for (const f of replicated.arguments)
		console.log(
			`  arguments, ${f.role} (${f.layer} at radius ${f.radius}): ${f.units.values.join(', ')} units ` +
				`(untrained ${f.untrainedUnits}); passing ` +
				ARGUMENT_KEYS.map(
					(k) => `${ARGUMENTS[k].number}. ${f.share[k].values.map((v) => v.toFixed(2)).join('/')}`
				).join(', ')
		);
}

/** The seven arguments for network a's families: the figures' (the declared rule's pick) and the paper layer's. */
async function sevenArguments(atlas: Atlas): Promise<ArgumentsFile> {
	const started = Date.now();
	const views = readViews(atlas.model);
	if (!views) throw new Error(`${atlas.model} has no views: run npm run views first`);
	const model = await loadNodeModel(tf, modelDir(atlas.model));
	const file = roundDeep(argue(tf, model, probe(tf, model), atlas, readExamples(atlas.model), views));
	tf.dispose(Object.values(model.weights));
	writeFileSync(ARGUMENTS_FILE, JSON.stringify(file, null, '\t') + '\n');
	console.log(`wrote ${ARGUMENTS_FILE} in ${seconds(started)} s`);
	for (const family of file.families) {
		console.log(`  ${family.role}: ${family.layer} at radius ${family.radius}, ${family.units.length} units`);
		for (const key of ARGUMENT_KEYS)
			console.log(`    ${ARGUMENTS[key].number}. ${ARGUMENTS[key].title}: ${family.passing[key]} pass`);
	}
	return file;
}

if (replicationOnly)
	await replication(
		readAtlas(NETWORKS[0]),
		readExamples(NETWORKS[0]),
		readAtlas(SECOND_MODEL_NAME),
		JSON.parse(readFileSync(ARGUMENTS_FILE, 'utf8')) as ArgumentsFile
	);
else if (argumentsOnly) await sevenArguments(readAtlas(NETWORKS[0]));
else {
	const atlases = await analyzePair();
	if (shipped) {
		const argued = await sevenArguments(atlases[0]);
		await replication(atlases[0], readExamples(atlases[0].model), atlases[1], argued);
	}
}
